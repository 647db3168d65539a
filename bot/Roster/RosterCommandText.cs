using Verkostot.Core.Localization;

namespace Verkostot.Bot.Roster;

/// <summary>The roster commands' shared wording.</summary>
internal static class RosterCommandText
{
    public const string NotCoordinator =
        "Vain verkoston verkostovastaava voi käyttää tätä komentoa. Jos olet verkostovastaava, pyydä ylläpitäjää liittämään Teams-tunnuksesi jäsenlistaan.";

    public static string Date(DateOnly date) => HelsinkiDateFormat.NumericDate(date);
}

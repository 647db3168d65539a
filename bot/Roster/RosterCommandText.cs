using System.Globalization;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Roster;

/// <summary>Recognises the roster commands however they are capitalised or punctuated.</summary>
internal static class RosterCommandText
{
    public const string NotCoordinator =
        "Vain verkoston verkostovastaava voi käyttää tätä komentoa. Jos olet verkostovastaava, pyydä ylläpitäjää liittämään Teams-tunnuksesi jäsenlistaan.";

    public static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd('?', '!', '.').ToLower(CultureInfo.GetCultureInfo("fi-FI"))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static string Date(DateOnly date) => HelsinkiDateFormat.NumericDate(date);
}

using Verkostot.Core.Domain;

namespace Verkostot.Core.Localization;

/// <summary>Picks the wording for a language; texts stay beside the code that uses them.</summary>
public static class Localized
{
    public static string Pick(this Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}

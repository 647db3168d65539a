using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Questions.Search;

/// <summary>
/// How people ask against how the sources put it: "jälkikäteen" for "myöhemmin tallenteena", "ennen" for "edeltävät",
/// "osallistuuko" for "kutsutaan", "tapasivat" for "yhteistyötapaaminen". Stemming meets the forms of one word; this
/// table meets the sources' own words from the everyday words a question uses instead. Each entry widens a question
/// word to the source words, never the other way round, so a source word keeps its own weight.
/// </summary>
public static class FactSynonyms
{
    private static readonly (WordPatterns Asked, string[] Source)[] Finnish =
    [
        (new("jälkikäteen", "jälkeenpäin", "myöhemmin", "nauhoit*", "nauhalta", "tallenn*", "tallente*"), ["myöhemmin", "tallenteena"]),
        (new("osallistu*", "osallistuvat"), ["kutsutaan", "mukana"]),
        (new("ennen", "ennakkoon", "etukäteen", "edeltävä*", "edeltää"), ["edeltävät", "edeltää"]),
        (new("tapasi", "tapasivat", "tapasitte", "tavattiin", "tapaavat", "tapaaminen", "tapaamisessa", "tapaamisen"), ["yhteistyötapaaminen", "tapaavat"]),
        (new("etänä", "etäyhtey*", "etäältä", "etäosallistu*", "verkossa", "verkon", "teamsissa", "teamsin"), ["etäkokouksia"]),
        (new("kymppitonni*", "kymmenentuhat*", "10k"), ["10000"]),
        (new("painotta*", "painottuu", "painotus*", "painottaa", "keskitty*", "fokusoi*"), ["kärkiteemaa", "painopisteet"]),
        (new("sovitaan", "sovittiin", "sopia", "sopimaan", "sovitte", "sopivat"), ["sopivat"]),
        (new("maaseutuasi*", "maaseutukysymy*", "maaseutuasioi*", "maaseutuasioista"), ["maaseudun", "maaseutu"]),
        (new("eka", "ekana", "ensimmäisenä"), ["ensimmäinen"]),
        (new("vanha", "ikä", "iältään", "ikää"), ["toiminut"]),
        (new("kuin"), ["lisäksi"]),
    ];

    private static readonly (WordPatterns Asked, string[] Source)[] Swedish =
    [
        (new("efteråt", "senare", "inspelad*", "inspelning*"), ["efterhand", "inspelning"]),
        (new("före", "innan", "föregår", "föregås"), ["föregås"]),
        (new("träffades", "träffade", "möttes", "mötte"), ["samarbetsmötet", "träffas"]),
        (new("deltar", "deltog", "delta"), ["bjuds"]),
        (new("distans", "online"), ["distansmöten"]),
    ];

    private static readonly (WordPatterns Asked, string[] Source)[] English =
    [
        (new("afterwards", "later", "recorded", "recording*", "replay*"), ["later", "recordings"]),
        (new("before", "beforehand", "prior", "precede*"), ["preceded"]),
        (new("attend*", "participat*"), ["invited"]),
        (new("met"), ["meeting"]),
        (new("remotely", "remote", "online", "virtual*"), ["remote"]),
    ];

    /// <summary>The source words a question word (folded) stands for; empty when the table has none.</summary>
    public static IReadOnlyList<string> Of(string word, Language language)
    {
        foreach (var (asked, source) in Table(language))
        {
            if (asked.Matches(word))
            {
                return source;
            }
        }

        return [];
    }

    private static (WordPatterns Asked, string[] Source)[] Table(Language language) => language switch
    {
        Language.Swedish => Swedish,
        Language.English => English,
        _ => Finnish,
    };
}

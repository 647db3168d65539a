using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>Guesses the question's language from its function words; the activity locale decides when words do not.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> Finnish =
    [
        "kuka", "ketkä", "keitä", "kenen", "mikä", "mitkä", "mitä", "missä", "milloin", "koska", "onko", "on", "ja", "ovat", "oli",
        "verkosto", "verkoston", "verkostossa", "seuraava", "seuraavan", "kokous", "kokouksen", "puheenjohtaja", "puheenjohtajana",
        "edustaa", "kuinka", "monta", "paljonko", "moi", "hei", "terve", "kiitos", "kiitti", "apua", "ohje", "tällä", "ensi", "viikolla",
        "kuussa", "huomenna", "tänään", "meidän", "minun", "mun", "mulle", "minulle", "kerro", "linkki", "asialista", "jäsenet", "varajäsen",
        "pienten", "kuntien", "kunnat", "huomenta", "tapaaminen", "sihteeri", "kun", "vai", "ei", "nyt", "tämä", "se",
    ];

    private static readonly HashSet<string> Swedish =
    [
        "vem", "vilka", "vad", "var", "när", "är", "och", "i", "på", "av", "för", "med", "nästa", "möte", "mötet", "ordförande",
        "representerar", "hur", "många", "det", "den", "hej", "hejsan", "tack", "hjälp", "nätverket", "nätverk", "vår", "vårt", "min",
        "mitt", "länk", "länken", "suppleant", "ledamöter", "medlemmar", "vecka", "veckan", "månad", "idag", "imorgon", "morgon", "kan",
        "du", "finns", "östra", "västra", "södra", "norra", "finland", "sekreterare", "kommuner", "kommunerna", "om", "till", "sammanträde",
        "jag", "kontakta", "ansvarar", "presidiet", "kommundirektör", "hör", "ingår", "ska", "skulle", "vilken", "vilket", "grundades",
        "invånare", "många", "ordföranden", "mötet", "möten", "nätverkets", "har", "hade", "var", "kranskommuner", "regionstäder",
    ];

    private static readonly HashSet<string> English =
    [
        "who", "what", "when", "where", "which", "is", "are", "the", "of", "next", "meeting", "chair", "chairs", "represents", "represent",
        "how", "many", "network", "networks", "hello", "hi", "thanks", "thank", "you", "help", "link", "agenda", "members", "deputy",
        "this", "week", "month", "tomorrow", "today", "our", "my", "does", "do", "can", "tell", "me", "about", "eastern", "western",
        "southern", "northern", "secretary", "coordinator", "founded", "themes", "in", "and", "for", "a", "should", "could", "would",
        "contact", "whom", "ask", "get", "touch", "responsible", "was", "were", "has", "have", "there", "term", "vice", "an", "who's",
        "what's", "when's", "with", "from", "by", "many", "much", "did", "belong", "belongs", "municipalities", "presidium",
    ];

    public static Language Detect(NormalizedText text, Language fallback)
    {
        int fi = 0, sv = 0, en = 0;
        foreach (var token in text.Tokens)
        {
            fi += Finnish.Contains(token) ? 1 : 0;
            sv += Swedish.Contains(token) ? 1 : 0;
            en += English.Contains(token) ? 1 : 0;
            if (token.Contains('å'))
            {
                sv++;
            }
        }

        if (fi == 0 && sv == 0 && en == 0)
        {
            return fallback;
        }

        if (fi >= sv && fi >= en)
        {
            // A tie with the fallback keeps the user's own locale.
            return (fi == sv && fallback == Language.Swedish) || (fi == en && fallback == Language.English) ? fallback : Language.Finnish;
        }

        if (sv >= en)
        {
            return sv == en && fallback == Language.English ? Language.English : Language.Swedish;
        }

        return Language.English;
    }
}

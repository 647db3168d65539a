using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Search;

/// <summary>Words that carry no fact of their own (question words, pronouns, fillers), left out of fact search.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Finnish =
    [
        "kuka", "ketkä", "keitä", "kenen", "kenet", "keneltä", "kenelle", "kehen", "keneen", "mikä", "mitkä", "mitä", "minkä", "missä",
        "mistä", "mihin", "millä", "milloin", "koska", "miten", "miksi", "millainen", "millaisia", "kuinka", "montako", "monta", "moni",
        "paljonko", "onko", "ovatko", "oliko", "olivatko", "on", "ovat", "oli", "olivat", "ole", "olla", "ollut", "olisi", "ei", "en", "et",
        "se", "ne", "sen", "niitä", "niiden", "ja", "tai", "sekä", "myös", "vai", "että", "jos", "kun", "nyt", "tämä", "tämän", "tässä",
        "tätä", "nämä", "näiden", "joka", "jotka", "jonka", "joita", "joiden", "jossa", "voi", "voin", "voiko", "voisitko", "voitko",
        "kerro", "kertoa", "kerrotko", "kertoisitko", "haluaisin", "haluan", "tietää", "tiedätkö", "tietoa", "tiedot", "tietoja",
        "osaatko", "minä", "mä", "sinä", "sä", "me", "te", "he", "minun", "sinun", "meidän", "teidän", "heidän", "mun", "sun", "hei",
        "moi", "kiitos", "vain", "jo", "vielä", "sitten", "siis", "niin", "no", "tuo", "tuon", "kaikki", "kaikkia", "mm", "esim", "eli",
        "ko", "jne", "asia", "asiat", "asiaa", "asiasta", "asioita", "asioista", "siitä", "tästä", "siihen", "noin", "aika", "yleensä",
        "kuntaliitto", "kuntaliiton", "kuntaliitossa", "verkosto", "verkoston", "verkostossa", "verkostoon", "verkostolla", "verkostoa",
        "verkostot", "verkostoja", "sitä", "kanssa", "osalta", "liittyen", "koskien", "kohdalla",
        "tehdä", "tekee", "tekevät", "tehdään", "tehty", "tehtiin", "antaa", "antavat", "annetaan", "pitää", "pidetään", "pidetty",
        "saa", "saada", "saan", "saako", "saisin", "toimii", "toimia", "löytyy", "löytää", "löydän", "ylipäätään", "oikein", "tarkalleen",
        "mitäs", "mikäs", "kukas", "mille", "tarkoitettu", "tarkoitus", "tarkoittaa", "nykyään", "nykyisin", "hetkellä", "tällähetkellä", "tarkemmin", "lyhyesti", "ystävällisesti",
        "ylipäänsä", "oikeastaan", "yms", "tms", "eikö", "eiks", "onks", "mikähän", "kukahan", "mitähän", "milloinkohan", "muistaakseni",
        "kauan", "kauanko", "mukaan", "muualla", "muuta", "muualle", "sanotaan", "sanoo", "kerrotaan", "mainitaan", "tarkoitetaan", "muut", "muita", "muiden", "muihin", "muissa", "jotain", "jokin", "joku", "kenties", "ehkä", "hän", "häntä", "heitä", "meille", "mulle", "minulle", "teille",
        "kenel", "kelle", "kehe", "vaikka", "niissä", "niistä", "niihin", "niillä", "niille", "päivänä", "päivämäärä", "päivämäärän", "päivämäärää", "pvm",
    ];

    private static readonly HashSet<string> Swedish =
    [
        "vem", "vilka", "vilken", "vilket", "vad", "var", "när", "hur", "länge", "många", "mycket", "är", "vara", "varit", "finns", "fanns", "det",
        "den", "de", "dem", "en", "ett", "och", "eller", "i", "på", "av", "för", "med", "om", "till", "från", "som", "att", "kan", "jag",
        "du", "vi", "ni", "man", "mig", "dig", "min", "mitt", "mina", "vår", "vårt", "våra", "har", "hade", "ska", "skulle", "berätta",
        "vill", "veta", "säga", "kommunförbundet", "kommunförbundets", "nätverket", "nätverkets", "nätverk", "också", "även", "hej",
        "tack", "snälla", "alla", "något", "några", "sig", "sin", "sitt", "sina", "där", "här", "inte", "gör", "göra", "görs",
        "får", "få", "hålls", "håller", "andra", "annat", "egentligen", "nuförtiden", "numera", "närvarande", "just", "nu",
    ];

    private static readonly HashSet<string> English =
    [
        "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "many", "much", "is", "are", "was", "were", "be", "been",
        "the", "a", "an", "of", "in", "on", "for", "to", "from", "and", "or", "do", "does", "did", "can", "could", "would", "should", "i",
        "you", "we", "me", "my", "our", "us", "tell", "about", "please", "there", "this", "that", "these", "those", "it", "its", "have",
        "has", "had", "long", "know", "want", "network", "networks", "association", "any", "all", "some", "by", "with", "as", "at", "not", "hi",
        "hello", "thanks", "they", "them", "their", "he", "she", "his", "her", "make", "makes", "made", "get", "gets", "hold", "holds",
        "held", "give", "gives", "other", "others", "exactly", "actually", "currently", "nowadays", "now", "today", "kindly", "briefly", "type", "types", "kind", "kinds",
    ];

    public static bool Contains(string word, Language language) => language switch
    {
        Language.Swedish => Swedish.Contains(word) || Finnish.Contains(word),
        Language.English => English.Contains(word) || Finnish.Contains(word),
        _ => Finnish.Contains(word) || English.Contains(word) || Finnish.Contains(WithoutQuestionClitic(word)),
    };

    /// <summary>"Pidetäänkö", "tehdäänkö": a stop word asked as a yes/no question is still a stop word.</summary>
    private static string WithoutQuestionClitic(string word) =>
        word.Length > 5 && (word.EndsWith("ko", StringComparison.Ordinal) || word.EndsWith("kö", StringComparison.Ordinal)) ? word[..^2] : word;
}

using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Understanding;

/// <summary>The words that carry a question's intent, in Finnish, Swedish and English.</summary>
public static class Vocabulary
{
    /// <summary>Whether a word is ordinary vocabulary, which must never be taken for a misspelt name.</summary>
    public static bool IsKnown(string word)
    {
        // Folded once, and a loop rather than Any with a lambda: this runs for every word of every question, several times.
        var folded = TextNormalizer.Fold(word);
        foreach (var patterns in All.Value)
        {
            if (patterns.Matches(word, folded))
            {
                return true;
            }
        }
        return FunctionWords.Contains(word);
    }

    private static readonly HashSet<string> FunctionWords =
    [
        "kuka", "mikä", "mitkä", "mitä", "milloin", "missä", "meidän", "minun", "verkosto", "verkoston", "verkostossa", "verkostoon", "verkostona",
        "kunta", "kunnan", "kuntien", "kunnat", "kaupunki", "kaupungin", "alue", "alueen", "aluetta", "alueella", "onko", "ovatko",
        "kertoisitko", "haluaisin", "tietää", "voisitko", "kerrotko", "please", "nätverket", "nätverk", "network", "region", "alueelta",
        "kommun", "kommunen", "about", "there", "their", "where", "which", "kanssa", "jossa", "joka", "tämän", "täällä", "siellä",
        "kuntaliitto", "kuntaliiton", "kuntaliitossa", "oma", "oman", "omassa", "omaan", "koko", "jonkin", "jokin", "sen", "tuon", "tämä",
        "muiden", "muut", "muissa", "muihin", "eri", "kaikkien", "jokaisen", "nykyinen", "nykyisen", "teidän", "sinun", "mun", "mikä", "kyseisen",
    ];

    /// <summary>
    /// What the data never holds and the bot must never guess: pay, prices and fees, budgets, passwords, home addresses
    /// and identity numbers. A question about them gets the honest not-found, whatever else it names.
    /// </summary>
    public static readonly WordPatterns OffLimits = new(
        "palk*", "tienaa*", "tienata", "tienaavat", "ansaitse*", "budjet*", "salasan*", "hinta", "hinnat", "hinnan", "maksaa", "maksavat",
        "maksu*", "jäsenmaksu*", "kustann*", "rahaa", "kotiosoit*", "henkilötunnu*", "sotu",
        "lön", "lönen", "löner", "tjänar", "kostar", "kostnad*", "avgift*", "medlemsavgift*", "budget*", "lösenord*", "hemadress*",
        "salary", "salaries", "earn", "earns", "earnings", "wage*", "cost", "costs", "price*", "fee", "fees", "password*", "home address");

    /// <summary>
    /// E-mail addresses: a named person's or role holder's is in their answer when the data has it; asked of nobody in
    /// particular ("kaikkien jäsenten sähköpostiosoitteet") they are a list the bot does not hand out.
    /// </summary>
    public static readonly WordPatterns EmailAddress = new(
        "sähköpostiosoit*", "s postiosoit*", "spostiosoit*", "e postadress*", "epostadress*", "mejladress*", "email address*", "e mail address*", "emails");

    private static readonly Lazy<WordPatterns[]> All = new(() =>
        typeof(Vocabulary).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(WordPatterns))
            .Select(f => (WordPatterns)f.GetValue(null)!)
            .ToArray());

    public static readonly WordPatterns Greeting = new(
        "moi", "moikka", "moro", "morjens", "hei", "heippa", "terve", "tervehdys", "huomenta", "päivää", "iltaa",
        "hej", "hejsan", "tjena", "god morgon", "goddag", "hello", "hi", "hey", "good morning");

    public static readonly WordPatterns Thanks = new(
        "kiitos", "kiitti", "kiitoksia", "kiitos*", "kiitt*", "tack", "tackar", "tusen tack", "thanks", "thank you", "thx", "ty");

    public static readonly WordPatterns Help = new(
        "apua", "apu", "ohje*", "mitä osaat", "mita osaat", "mitä voit", "mitä voin kysyä", "mitä sinulta voi kysyä", "mitä kysyä",
        "help", "what can you do", "hjälp", "vad kan du", "instruktion*", "komennot", "commands");

    public static readonly WordPatterns Who = new("kuka", "ketkä", "keitä", "kenet", "kuka*", "kenen", "vem", "vilka", "who", "whom");

    public static readonly WordPatterns PresidiumWord = new("puheenjohtajist*", "presidi*", "presidium*");

    public static readonly WordPatterns ViceChair = new(
        "varapuheenjohtaj*", "varapj*", "vpj*", "vice ordförande", "viceordförande*", "vice chair*", "vicechair*", "vice-chair*", "deputy chair*");

    public static readonly WordPatterns FirstOrdinal = new("1", "1st", "1a", "eka", "ensimmäi*", "förste", "första", "first");

    /// <summary>"Varsinainen jäsen", "ordinarie ledamot", "full member": a seat's member, not its deputy.</summary>
    public static readonly WordPatterns FullMember = new("varsinai*", "ordinarie", "full member*");

    /// <summary>"Luettele", "listaa", "list": how a list is asked for, not what it is about.</summary>
    public static readonly WordPatterns Listing = new("luettele*", "listaa", "listaus*", "lista", "list", "räkna upp", "lista upp", "name all");

    public static readonly WordPatterns Chair = new(
        "puheenjohtaj*", "pj", "pjn", "puhis", "johtaa", "johtaja", "vetää", "vetäjä*", "vetovastu*",
        "ordförande*", "ordf", "leder", "chair*", "leads", "heads", "head");

    public static readonly WordPatterns Coordinator = new(
        "verkostovastaav*", "vastaava", "vastaavan", "koordinaattor*", "koordinoi*", "yhteyshenkilö*",
        "nätverksansvarig*", "koordinator*", "kontaktperson*", "coordinator*", "contact person*", "organiser*", "organizer*");

    public static readonly WordPatterns Management = new(
        "johto", "johtoa", "johdon", "johdosta", "johtoon", "johdossa", "johdolta", "johtoryhmä*", "varatoimitusjohtaj*",
        "ledning*", "ledningen", "management", "executive contact");

    /// <summary>"Keneen voin ottaa yhteyttä", "keneltä saan lisätietoa", "kuka vastaa … asioista": whom to contact.</summary>
    public static readonly WordPatterns Contact = new(
        "yhteyttä", "yhteydessä", "yhteydenotto*", "yhteystied*", "keneltä", "kenel", "kehen", "keneen", "kenelle", "kenen puoleen", "lisätieto*",
        "lisää tietoa", "kuka tietää", "kuka tietäisi", "kuka osaa", "kenellä on tietoa", "who knows", "vem vet", "kysyä", "kysyn", "kysyisin", "kysellä", "vastaa", "vastaavat", "hoitaa", "hoitavat", "hoitaisi", "vastuuhenkilö*", "vastuualue*", "käytännön",
        "asiantuntija", "asiantuntijaa", "asiantuntijan", "asiantuntijat", "asiantuntijoita", "asiantuntijalta", "asiantuntijaan",
        "kontakta", "kontakten", "kontaktuppgift*", "sakkunnig*", "mer information", "ansvarar", "ansvarig för", "vända mig",
        "contact", "get in touch", "reach", "who can i ask", "ask about", "more information", "responsible", "in charge", "expert", "experts");

    /// <summary>The asker speaking of themselves: "minun", "mun", "olenko", "min", "jag", "my", "am i" (and "olen", see IntentDetector).</summary>
    public static readonly WordPatterns FirstPerson = new(
        "minun", "mun", "mä", "minä", "mulla", "minulla", "minua", "mua", "mulle", "minulle", "olenko", "oonko", "osallistunko", "pääsenkö",
        "min", "mitt", "mina", "jag", "mig", "är jag", "har jag", "my", "am i", "do i", "have i", "did i", "i am");

    /// <summary>"Olenko ilmoittautunut", "har jag anmält mig", "am I registered": the asker's answers to invitations.</summary>
    public static readonly WordPatterns Attendance = new(
        "ilmoittautu*", "ilmoittanut", "ilmoitin", "osallistunko", "vastannut", "vastasinko", "kuitannut", "anmält", "anmäl*", "svarat",
        "registered", "register", "signed up", "sign up", "rsvp*", "responded", "replied", "attending");

    public static readonly WordPatterns Secretary = new("sihteeri*", "sekreterare*", "secretary*");

    public static readonly WordPatterns Represent = new(
        "edusta*", "edusti*", "edustus*", "representerar", "representant*", "represent*");

    public static readonly WordPatterns Deputy = new(
        "varajäsen*", "varalla", "varamies*", "varaedustaja*", "varahenkilö*", "suppleant*", "ersättare*", "deputy", "deputies", "substitute*", "alternate*");

    public static readonly WordPatterns Members = new(
        "jäsen*", "jäsenet", "kuuluu", "kuuluvat", "kuuluvia", "kuuluvaa", "kokoonpano*", "istuu", "mukana", "kokoisille",
        "medlem*", "ledamot*", "ledamöter*", "ingår", "sitter", "sitta", "hör", "tillhör*", "består", "members", "member", "membership",
        "belong*", "consist*", "sits", "sit");

    /// <summary>"Puhelinnumero", "phone number", "telefon": a person's contact details, which their answer gives.</summary>
    public static readonly WordPatterns ContactDetails = new(
        "puhelin*", "puh", "numero", "numeroa", "numeron", "gsm", "kännykkä*", "kännykän", "telefon*", "nummer", "nummret", "mobil*", "phone*", "telephone*", "mobile");

    /// <summary>"Pääseekö", "vaaditaan", "edellytys", "krav", "limit": what it takes to belong, with residents a criterion.</summary>
    public static readonly WordPatterns Criterion = new(
        "pääse*", "pääsee", "vaadi*", "vaatii", "edellyt*", "kriteeri*", "ehto", "ehdot", "krav*", "kriteri*", "limit", "threshold", "required", "requirement*", "criteri*", "qualify");

    public static readonly WordPatterns Role = new("rooli*", "tehtävä*", "tehtäv*", "asema*", "titteli*", "roll", "rollen", "uppdrag*", "role", "position", "job");

    public static readonly WordPatterns Count = new(
        "kuinka monta", "montako", "monta", "kuinka paljon", "määrä", "määrän", "lukumäärä*", "kuinka suuri", "kuinka iso", "koko", "kokoinen",
        "hur många", "antal*", "hur stort", "how many", "number of", "how big", "size");

    public static readonly WordPatterns Residents = new(
        "asuk*", "asukasluku*", "väkiluku*", "väestö*", "ihmis*", "invånar*", "befolkning*", "residents", "population", "inhabitants", "people");

    public static readonly WordPatterns Founded = new(
        "perustet*", "perusti*", "perustami*", "perustettu", "perustus*", "syntyi", "aloitti", "alkanut", "toiminut", "vuodesta",
        "historia*", "ikä", "vanha", "kauanko", "kuinka kauan", "hur länge", "how long", "grundad*", "grundade*", "grundat", "startade*", "founded", "established", "started", "since when", "how old");

    public static readonly WordPatterns Themes = new(
        "teema*", "teemo*", "kärkiteem*", "kehittämisteem*", "edunvalvontateem*", "painopist*", "painopiste", "fokus*", "prioriteet*", "tema*", "prioritet*",
        "themes", "theme", "priorities", "focus", "topics", "prioritering*", "huvudtem*", "key", "main", "keskeis*", "tärkeimm*", "viktigaste", "central");

    public static readonly WordPatterns Channels = new(
        "viesti*", "whatsapp*", "whatsup*", "wa", "sähköpost*", "email*", "kanav*", "työtila*", "tiedott*",
        "kommunikation*", "kanal*", "kommunicer*", "communication*", "communicat*", "channel*", "e-mail");

    public static readonly WordPatterns Cadence = new(
        "kuinka usein", "usein", "kokoontu*", "tiheys", "tiheydellä", "rytmi*", "kertaa vuodessa", "kuukausittain",
        "hur ofta", "sammanträder", "träffas", "how often", "frequency", "meets");

    public static readonly WordPatterns TermLength = new(
        "toimikau*", "kausi", "kauden", "kaudeksi", "kausien", "mandatperiod*", "mandattid*", "term", "terms", "term length");

    public static readonly WordPatterns NetworkList = new(
        "verkostot", "verkostoja", "verkostoista", "verkostoihin", "verkostojen", "kaikki verkostot", "kuntaverkost*", "kuntatyyppiverkost*",
        "sopimusasiak*", "kuntatyyppi*", "avtalskund*", "kommuntyp*", "nätverken", "nätverk", "networks");

    public static readonly WordPatterns Meeting = new(
        "kokou*", "kokous", "tapaami*", "tapaamis*", "tapaam*", "tavata*", "tavataan", "palaveri*", "palsu*", "miiti*", "miitinki*", "kokkari*",
        "kokoonnu*", "kokoonnut*", "istun*", "webinaari*", "nähdään", "nähdä", "nähtäis*", "ses",
        "verkostotapaami*", "verkostokokou*", "teemakokou*", "teematapaami*", "yhteiskokou*", "pj-kokou*", "etäkokou*",
        "möte*", "mötet", "möten", "sammanträd*", "träff*", "nätverksträff*", "nätverksmöte*", "tematräff*", "presidiemöte*",
        "meeting*", "meet");

    /// <summary>Words of time expressions (<see cref="PeriodParser"/> reads them), so they never pass for unknown words.</summary>
    public static readonly WordPatterns PeriodWords = new(
        "ensi", "tällä", "tässä", "tämän", "tänä", "kuluvalla", "kuluvassa", "viikol*", "viiko*", "viikkoa", "kuussa", "kuun", "kuukau*", "huomen*",
        "ylihuomenna", "tänään", "eilen", "tammik*", "helmik*", "maalisk*", "huhtik*", "toukok*", "kesäk*", "heinäk*", "elok*", "syysk*",
        "lokak*", "marrask*", "jouluk*", "vuonna", "vuoden", "vuosi", "vuodelta", "syksy*", "kevää*", "kevät", "kesä*", "talve*",
        "vecka", "veckan", "veckor", "månad", "månaden", "idag", "imorgon", "övermorgon", "januari", "februari", "mars", "april", "maj",
        "juni", "juli", "augusti", "september", "oktober", "november", "december", "hösten", "våren",
        "week", "month", "tomorrow", "today", "tonight", "january", "february", "march", "june", "july", "august", "october", "year", "autumn", "spring");

    public static readonly WordPatterns Next = new(
        "seuraava*", "seuraavaksi", "tuleva*", "lähin*", "lähiaikoina", "milloin", "koska", "nästa", "när", "kommande", "next", "upcoming", "when");

    public static readonly WordPatterns Agenda = new(
        "asialist*", "esityslist*", "käsitel*", "käsittel*", "agenda*", "ohjelma*", "aihe", "aiheet", "aiheita",
        "föredragningslist*", "dagordning*", "program*", "behandla*");

    public static readonly WordPatterns Place = new("missä", "paikka*", "paikalla", "osoite*", "sijainti*", "var", "plats*", "where", "location", "venue", "address");

    public static readonly WordPatterns Link = new("linkki*", "linkin", "link*", "länk*", "url", "liity*", "liittyä", "ansluta", "join");

    public static readonly WordPatterns PresidiumMeeting = new("puheenjohtajist*", "pj-kokou*", "presidi*", "presidium*");

    public static readonly WordPatterns NetworkMeeting = new("verkostotapaami*", "verkostokokou*", "nätverksmöte*", "nätverksträff*", "network meeting*");

    public static readonly WordPatterns ThematicMeeting = new("teemakokou*", "teematapaami*", "teemakohtai*", "temamöte*", "thematic*", "theme meeting*");

    public static readonly WordPatterns JointMeeting = new("yhteiskokou*", "yhteistapaami*", "gemensamt möte", "joint*");

    public static readonly WordPatterns Overview = new("kerro", "kertoa", "tietoa", "tiedot", "esittely", "mikä on", "mitä on", "berätta", "vad är", "tell", "about", "info*");

    public static readonly WordPatterns PriorityDocument = new(
        "maaseutu*", "pienkuntapainopist*", "pienkuntapainopiste*", "maaseutupainopist*", "maaseutu- ja pienkuntapainopisteet",
        "kunta maaseudulla", "landsbygd*", "rural*");

    public static readonly WordPatterns RegionalCouncilThemes = new("maakuntien liit*", "maakuntaliito*", "maakuntaliitt*", "landskapsförbund*", "regional council*");
}

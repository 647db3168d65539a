namespace Verkostot.Bench.Questions;

/// <summary>
/// About a hundred questions over the demo data, written for the bench (not the test suite's cases): mostly Finnish,
/// inflected, lower-case, misspelt or one word; some Swedish and English; a few the data cannot answer.
/// Facts avoid dates, because the demo meetings move with today.
/// </summary>
public static class BenchQuestions
{
    private const string Small = "pienet-kunnat";

    /// <summary>Twenty everyday Finnish questions for the request-path runs (answered from the demo data).</summary>
    public static IReadOnlyList<string> RequestPath { get; } =
    [
        "kuka on puheenjohtaja",
        "kuka edustaa itä-suomea",
        "milloin on seuraava kokous",
        "kuka on pienten kuntien verkoston puheenjohtaja",
        "kuka on varapuheenjohtaja",
        "kuka on verkostovastaava",
        "kuka edustaa isojokea",
        "lapinjärven edustaja puheenjohtajistossa",
        "pohjois-suomen varajäsen",
        "keitä on puheenjohtajistossa",
        "montako kuntaa pienten kuntien verkostossa on",
        "mitkä ovat pienten kuntien kärkiteemat",
        "seuraavan verkostotapaamisen asialista",
        "anna teams-linkki seuraavaan kokoukseen",
        "kuka on neuvottelukunnan sihteeri",
        "mitä verkostoja on",
        "kokoukset ensi kuussa",
        "juha herrala",
        "kuinka usein verkosto kokoontuu",
        "milloin pienten kuntien verkosto perustettiin",
    ];

    public static IReadOnlyList<BenchQuestion> All { get; } =
    [
        // Who holds a role
        new("kuka on pienkuntaverkoston puheenjohtaja", ["Juha Herrala"]),
        new("pienkuntien verkoston pj?", ["Juha Herrala"]),
        new("kuka puheenjohtaa pienten kuntien verkostoa", ["Juha Herrala"]),
        new("puheenjohtaja", ["Juha Herrala"], Small),
        new("kuka on puhenjohtaja", ["Juha Herrala"], Small),
        new("kuka on suurten kaupunkien verkoston puheenjohtajana", ["Minna Karhunen"]),
        new("kuka johtaa kaupunkipoliittista työryhmää", ["Minna Karhunen"]),
        new("kuka on varapuheenjohtaja pienissä kunnissa", ["Marjut Ahokas"]),
        new("1. varapj", ["Marjut Ahokas"], Small),
        new("kuka on pienten kuntien verkoston verkostovastaava", ["Iira Ainiala"]),
        new("kuka koordinoi verkostoa", ["Iira Ainiala"], Small),
        new("verkostovastava", ["Iira Ainiala"], Small),
        new("kuka on johdon yhteyshenkilö", ["Timo Reina"], Small),
        new("kuka on neuvottelukunnan sihteerinä", ["Taina Väre"]),
        new("pienten kuntien neuvottelukunnan sihteri", ["Taina Väre"]),

        // Who represents a region, maakunta or municipality
        new("kuka on itä-suomen edustaja", ["Marjut Ahokas", "Emilia Savolainen"]),
        new("itä-suomen varajäsen", ["Emilia Savolainen"]),
        new("ita suomen edustaja", ["Marjut Ahokas"]),
        new("kuka edustaa etelä-suomea", ["Jarkko Sorvanto", "Satu Simelius"]),
        new("kuka on etelä-suomen varajäsen", ["Satu Simelius"]),
        new("länsi-suomen edustaja", ["Juha Herrala", "Tarja Hosiasluoma"]),
        new("kuka edustaa länsi-suomea puheenjohtajistossa", ["Juha Herrala"]),
        new("pohjois-suomen edustaja", ["Pertti Severinkangas", "Lauri Laajala"]),
        new("kuka on pohjois-suomen varajäsen", ["Lauri Laajala"]),
        new("kuka edustaa pohjois-pohjanmaata", ["Pertti Severinkangas"]),
        new("kuka edustaa pohjois-savoa", ["Marjut Ahokas"]),
        new("etelä-savon edustaja", ["Marjut Ahokas"]),
        new("kuka edustaa pirkanmaata", ["Juha Herrala"]),
        new("kuka edustaa keski-suomea", ["Juha Herrala"]),
        new("kuka edustaa lappia", ["Pertti Severinkangas"]),
        new("kuka edustaa uuttamaata puheenjohtajistossa", ["Jarkko Sorvanto"]),
        new("kanta-hämeen edustaja", ["Jarkko Sorvanto"]),
        new("kuka edustaa pohjanmaata", ["Juha Herrala"]),
        new("kuka edustaa ilomantsia", ["Marjut Ahokas"]),
        new("kuka edustaa isojokea", ["Juha Herrala"]),
        new("isojoen edustaja puheenjohtajistossa", ["Juha Herrala"]),
        new("kuka edustaa lapinjärveä", ["Jarkko Sorvanto"]),
        new("siikajoen edustaja puheenjohtajistossa", ["Pertti Severinkangas"]),
        new("karvian varajäsen", ["Tarja Hosiasluoma"]),
        new("kuka edustaa perhoa", ["Pertti Severinkangas"]),
        new("sauvon edustaja", ["Jarkko Sorvanto"]),
        new("mitkä maakunnat kuuluvat länsi-suomeen", ["Pirkanmaa", "Satakunta"]),

        // Members of the presidium and other bodies
        new("ketkä kuuluvat puheenjohtajistoon", ["Jarkko Sorvanto", "Pertti Severinkangas"]),
        new("puheenjohtajiston jäsenet ja varajäsenet", ["Satu Simelius", "Lauri Laajala"]),
        new("pienten kuntien neuvottelukunta", ["Taina Väre", "15"]),
        new("keitä kaupunkipoliittiseen työryhmään kuuluu", ["kaupunginjohtajat"]),
        new("kehyskuntaverkoston työvaliokunta", ["työvaliokunta"]),

        // People: a name (often inflected) is a question about their role
        new("juha herrala", ["Puheenjohtaja", "Isojoki"]),
        new("kuka on Marjut Ahokas", ["1. varapuheenjohtaja"]),
        new("mikä on Sorvannon rooli", ["Jarkko Sorvanto"]),
        new("severinkangas", ["Pertti Severinkangas", "Siikajoki"]),
        new("kuka on Emilia Savolainen", ["Keitele"]),
        new("simelius", ["Satu Simelius", "Sauvo"]),
        new("laajalan tehtävä", ["Lauri Laajala"]),
        new("hosiasluomalle", ["Tarja Hosiasluoma"]),
        new("Iira Ainialan yhteystiedot", ["Iira Ainiala"]),
        new("taina väre", ["erityisasiantuntija"]),
        new("timo reinan rooli", ["Timo Reina", "varatoimitusjohtaja"]),
        new("minna karhusen tehtävä", ["Minna Karhunen", "toimitusjohtaja"]),
        new("herralla", ["Juha Herrala"]),
        new("kuka on ilomantsin kunnanjohtaja", ["Marjut Ahokas"]),
        new("kuka on kuntaliiton varatoimitusjohtaja", ["Timo Reina"]),

        // Network facts
        new("montako kuntaa kuuluu pienten kuntien verkostoon", ["159"]),
        new("pienten kuntien verkoston asukasmäärä", ["608 371"]),
        new("kuinka paljon asukkaita kehyskunnissa", ["873 000"]),
        new("kuinka monta kaupunkia seutukaupunkiverkostossa on", ["57"]),
        new("kuinka monta kuntaa kehyskuntaverkostossa", ["44"]),
        new("ruotsinkielisten ja kaksikielisten kuntien määrä", ["49"]),
        new("milloin pienkuntaverkosto perustettiin", ["2019"]),
        new("milloin kehyskuntaverkosto aloitti", ["2015"]),
        new("ketkä ovat suurten kaupunkien verkoston jäseniä", ["Kokkola", "Kajaani"]),
        new("pienten kuntien kärkiteemat", ["hyvinvointi ja elinvoima"]),
        new("mitä teemoja pienten kuntien verkostolla on", ["viestintä"]),
        new("miten verkosto viestii", ["WhatsApp"], Small),
        new("kuinka usein verkosto kokoontuu", ["kuukausittain"], Small),
        new("kuinka usein kaupunkipoliittinen työryhmä kokoontuu", ["viisi kertaa vuodessa"]),
        new("puheenjohtajiston toimikauden pituus", ["1 vuosi"]),
        new("neuvottelukunnan toimikausi", ["4 vuotta"]),
        new("mitä verkostoja kuntaliitolla on", ["Seutukaupunkiverkosto", "Kehyskuntaverkosto"]),
        new("kerro kehyskuntaverkostosta", ["44"]),
        new("seutukaupunkiverkosto", ["57"]),

        // Meetings (facts avoid the dates, which follow today)
        new("milloin on seuraava verkostotapaaminen", ["klo"], Small),
        new("seuraava puheenjohtajiston kokous", ["Puheenjohtajiston kokous"]),
        new("milloin pj:n kokous on", ["Puheenjohtajiston kokous"], Small),
        new("milloin on seuraava teematapaaminen", ["hyvinvointi ja elinvoima"], Small),
        new("seuraavan kokouksen asialista", ["Muut asiat"], Small),
        new("mitä verkostotapaamisessa käsitellään", ["Ajankohtaista Kuntaliitosta"], Small),
        new("anna linkki seuraavaan kokoukseen", ["https://teams.microsoft.com/l/meetup-join/demo-pienet-kunnat"], Small),
        new("missä seuraava kokous on", ["Teams"], Small),
        new("kokoukset ensi kuussa", ["klo"], Small),
        new("seurava kokous", ["klo"], Small),

        // Priority documents
        new("maaseutupainopisteet", ["digitalisaatio"]),
        new("maakuntien liittojen painopisteet 2021", ["Sote-uudistus"]),

        // Swedish
        new("vem leder nätverket för små kommuner", ["Juha Herrala"], Locale: "sv-FI"),
        new("vem representerar Norra Finland", ["Pertti Severinkangas"], Locale: "sv-FI"),
        new("när är nästa möte", ["kl."], Small, "sv-FI"),
        new("vem är sekreterare för delegationen för små kommuner", ["Taina Väre"], Locale: "sv-FI"),
        new("hur många invånare har de små kommunerna", ["608 371"], Locale: "sv-FI"),

        // English
        new("who is the chair of the small municipalities network", ["Juha Herrala"], Locale: "en-US"),
        new("who represents Western Finland", ["Juha Herrala"], Locale: "en-US"),
        new("when is the next presidium meeting", ["Presidium meeting"], Small, "en-US"),
        new("how many residents do the commuter belt municipalities have", ["873,000"], Locale: "en-US"),
        new("list the networks", ["Regional Towns Network"], Locale: "en-US"),

        // Conversation
        new("moi", ["Hei"]),
        new("kiitos paljon", ["Ole hyvä"]),
        new("mitä voin kysyä", ["Milloin on seuraava kokous"]),

        // Outside the data: an honest not-found is the right answer
        new("mikä on kuntaliiton osoite", ["En löytänyt"], Answerable: false),
        new("kuka on tampereen pormestari", ["En löytänyt"], Answerable: false),
        new("sataako huomenna", ["En löytänyt"], Answerable: false),
    ];
}

namespace Verkostot.Core.Tests.Questions;

public static partial class QuestionCases
{
    /// <summary>Whom to contact, and questions naming no network: the only network that can answer, or a question back with the likeliest first.</summary>
    private static readonly QuestionCase[] ContactsAndNetworkChoice =
    [
        new("keneen voin ottaa yhteyttä", ["Iira Ainiala", "Tieto löytyy vain Pienten kuntien verkoston tiedoista"]),
        new("keneen voin ottaa yhteyttä pienten kuntien verkoston asioissa", ["Verkostovastaava: Iira Ainiala"]),
        new("keneltä saan lisätietoa maaseudun kehittämisestä", ["Taina Väre", "maaseudun kehittäminen", "+358 9 771 2030"]),
        new("kuka vastaa maaseudun kehittämisestä kuntaliitossa", ["Taina Väre"]),
        new("keneltä voin kysyä pienkunta-asioista", ["Taina Väre", "pienkunta-asiat"]),
        new("kuka vastaa pienten kuntien verkoston käytännön asioista", ["Iira Ainiala", "Verkostovastaava"], Absent: ["Taina"]),
        new("kehen otan yhteyttä verkoston käytännön asioissa", ["Iira Ainiala"], Network: "pienet-kunnat"),
        new("keneltä saan tietoa neuvottelukunnasta", ["Taina Väre", "+358 50 462 7279"]),
        new("kenen puoleen käännyn pienten kuntien neuvottelukunnan asioissa", ["Taina Väre"]),
        new("keneen otan yhteyttä suurten kaupunkien verkostossa", ["Minna Karhunen"]),
        new("yhteystiedot", ["Iira Ainiala"], Network: "pienet-kunnat"),
        new("who should I contact", ["Iira Ainiala", "Network coordinator"], Lang: "en"),
        new("who can I ask about rural development", ["Taina Väre", "rural development"], Lang: "en"),
        new("vem kan jag kontakta om landsbygdsutveckling", ["Taina Väre", "landsbygdsutveckling"], Lang: "sv"),
        new("vem ska jag kontakta", ["Iira Ainiala", "Nätverksansvarig"], Locale: "sv-FI", Lang: "sv"),
        new("kuka on 1. varapuheenjohtaja", ["Marjut Ahokas", "Tieto löytyy vain Pienten kuntien verkoston tiedoista"]),
        new("kuka on ensimmäinen varapuheenjohtaja", ["Marjut Ahokas"]),
        new("kuka on sihteeri", ["Taina Väre", "vain Pienten kuntien verkoston"]),
        new("kuka on verkostovastaava", ["Iira Ainiala"]),
        new("mitkä ovat maaseutu- ja pienkuntapainopisteet", ["digitalisaatio"]),
        new("mitkä ovat vuoden 2019 maaseutupainopisteet", ["25.4.2019"]),
        new("kuka edustaa itä-suomea", ["Marjut Ahokas"]),
        new("kuka on puheenjohtaja", ["Mitä verkostoa tarkoitat", "Pienten kuntien verkosto", "Suurten kaupunkien verkosto"], Kind: "Clarify", Absent: ["Kehyskuntaverkosto"]),
        new("kuka on puheenjohtaja", ["Minna Karhunen"], Asker: "minna-karhunen"),
        new("kuka on puheenjohtaja", ["Juha Herrala"], Asker: "lauri-laajala"),
        new("kuka on puheenjohtaja", ["Mitä verkostoa tarkoitat", "Pienten kuntien verkosto"], Kind: "Clarify", Network: "kehyskunnat"),
        new("kuka on sihteeri", ["Taina Väre", "vain Pienten kuntien verkoston"], Network: "suuret-kaupungit"),
        new("kuinka monta kuntaa verkostossa on", ["44"], Network: "kehyskunnat"),
        new("kuinka monta kuntaa verkostossa on", ["Mitä verkostoa tarkoitat"], Kind: "Clarify"),
        new("milloin on seuraava kokous", ["Pienten kuntien", "1.12.2026"]),
        new("kuka hoitaa maaseudun kehittämistä", ["Taina Väre", "maaseudun kehittäminen"]),
        new("kuka kuntaliitossa hoitaa neuvottelukunnan sihteerin tehtäviä", ["Taina Väre"]),
    ];
}

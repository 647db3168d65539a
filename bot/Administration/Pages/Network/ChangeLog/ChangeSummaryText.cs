using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Pages.Network.ChangeLog;

/// <summary>
/// A change log entry's summary in the page's language. Entries are stored with the data file's field names
/// ("place, start") and a few fixed phrases with an id ("merged into p-12"), so that the log stays the same whatever
/// language it was written in; a coordinator reads "paikka, alkaa". A name not known here is shown as it is.
/// </summary>
public static partial class ChangeSummaryText
{
    public static string Localize(string summary, ChangedKind kind, Language language) =>
        string.Join("; ", summary.Split("; ").Select(part => Part(part, kind, language)));

    private static string Part(string part, ChangedKind kind, Language language)
    {
        if (IdPhrase().Match(part) is { Success: true } match)
        {
            return $"{Phrase(match.Groups["phrase"].Value, language)} {match.Groups["id"].Value}";
        }
        return string.Join(", ", part.Split(", ").Select(name => Field(name, kind, language)));
    }

    private static string Phrase(string phrase, Language language) => phrase switch
    {
        "merged into" => language.Pick("yhdistetty henkilöön", "sammanslagen med", "merged into"),
        "merged" => language.Pick("henkilöstä", "från", "from"),
        "linked roster member" => language.Pick("jäsenlistan jäsenestä", "från medlemslistans medlem", "from roster member"),
        _ => language.Pick("liitetty henkilöön", "kopplad till", "linked to"),
    };

    private static string Field(string name, ChangedKind kind, Language language) => name switch
    {
        // A person's title is their job; a meeting's or a document's is its heading.
        "title" when kind == ChangedKind.Person => language.Pick("tehtävänimike", "titel", "job title"),
        "title" => language.Pick("otsikko", "rubrik", "title"),
        _ => Fields.TryGetValue(name, out var texts) ? language.Pick(texts.Fi, texts.Sv, texts.En) : name,
    };

    [GeneratedRegex("^(?<phrase>merged into|merged|linked roster member|linked to) (?<id>\\S+)$")]
    private static partial Regex IdPhrase();

    private static readonly FrozenDictionary<string, (string Fi, string Sv, string En)> Fields = new Dictionary<string, (string, string, string)>
    {
        ["agenda"] = ("esityslista", "föredragningslista", "agenda"),
        ["appointedBy"] = ("nimittäjä", "utsedd av", "appointed by"),
        ["approvedBy"] = ("hyväksyjä", "godkänd av", "approved by"),
        ["approvedOn"] = ("hyväksytty", "godkänd", "approved on"),
        ["asOf"] = ("tilanne", "läge per", "as of"),
        ["audience"] = ("vastaanottajat", "mottagare", "audience"),
        ["bodyId"] = ("toimielin", "organ", "body"),
        ["channelId"] = ("kanava", "kanal", "channel"),
        ["channels"] = ("kanavat", "kanaler", "channels"),
        ["deputyCount"] = ("varajäsenten määrä", "antal ersättare", "number of deputies"),
        ["deputyId"] = ("varajäsen", "ersättare", "deputy"),
        ["description"] = ("kuvaus", "beskrivning", "description"),
        ["details"] = ("lisätiedot", "tilläggsuppgifter", "details"),
        ["duration"] = ("kesto", "längd", "duration"),
        ["email"] = ("sähköposti", "e-post", "e-mail"),
        ["end"] = ("päättyy", "slutar", "end"),
        ["entraObjectId"] = ("Entra-tunniste", "Entra-id", "Entra object id"),
        ["founded"] = ("perustettu", "grundat", "founded"),
        ["groupId"] = ("Microsoft 365 -ryhmä", "Microsoft 365-grupp", "Microsoft 365 group"),
        ["inGroup"] = ("Teamsin jäsen", "medlem i Teams", "in the Team"),
        ["invited"] = ("kutsutut", "inbjudna", "invited"),
        ["isCancelled"] = ("peruttu", "inställt", "cancelled"),
        ["isDemo"] = ("esittelytieto", "demouppgift", "demo data"),
        ["isGuest"] = ("vieras", "gäst", "guest"),
        ["joinedOn"] = ("liittynyt", "anslöt", "joined on"),
        ["jointWithNetworkId"] = ("yhteinen verkoston kanssa", "gemensamt med nätverket", "joint with network"),
        ["kind"] = ("laji", "typ", "kind"),
        ["language"] = ("kieli", "språk", "language"),
        ["leftOn"] = ("lähtenyt", "lämnade", "left on"),
        ["linkUrl"] = ("linkki", "länk", "link"),
        ["maakunnat"] = ("maakunnat", "landskap", "regions"),
        ["maakunta"] = ("maakunta", "landskap", "region"),
        ["materials"] = ("aineisto", "material", "materials"),
        ["meetingCadence"] = ("kokoontumistiheys", "mötesfrekvens", "meeting cadence"),
        ["meetingsPerYear"] = ("kokouksia vuodessa", "möten per år", "meetings per year"),
        ["memberCount"] = ("jäsenmäärä", "antal medlemmar", "number of members"),
        ["memberId"] = ("jäsen", "medlem", "member"),
        ["membersRole"] = ("jäsenten rooli", "medlemmarnas roll", "members' role"),
        ["membershipCriteria"] = ("jäsenyyden perusteet", "kriterier för medlemskap", "membership criteria"),
        ["municipalityCount"] = ("kuntien määrä", "antal kommuner", "number of municipalities"),
        ["municipalityId"] = ("kunta", "kommun", "municipality"),
        ["name"] = ("nimi", "namn", "name"),
        ["nameFi"] = ("nimi suomeksi", "namn på finska", "name in Finnish"),
        ["nameSv"] = ("nimi ruotsiksi", "namn på svenska", "name in Swedish"),
        ["networkId"] = ("verkosto", "nätverk", "network"),
        ["officers"] = ("viranhaltijat", "tjänsteinnehavare", "officers"),
        ["organisation"] = ("organisaatio", "organisation", "organisation"),
        ["personId"] = ("henkilö", "person", "person"),
        ["phones"] = ("puhelinnumerot", "telefonnummer", "phone numbers"),
        ["place"] = ("paikka", "plats", "place"),
        ["regionName"] = ("maakunta", "landskap", "region"),
        ["residents"] = ("asukasluku", "invånarantal", "residents"),
        ["residentsApproximate"] = ("asukasluku arvio", "invånarantalet uppskattat", "residents approximate"),
        ["responsibilities"] = ("vastuut", "ansvar", "responsibilities"),
        ["scheduledFor"] = ("lähetysaika", "tidpunkt för utskick", "scheduled for"),
        ["seats"] = ("paikat", "platser", "seats"),
        ["sinceYear"] = ("alkaen vuodesta", "sedan år", "since"),
        ["sourceId"] = ("lähde", "källa", "source"),
        ["sourceName"] = ("lähteen nimi", "källans namn", "source name"),
        ["sources"] = ("lähteet", "källor", "sources"),
        ["start"] = ("alkaa", "börjar", "start"),
        ["state"] = ("tila", "status", "state"),
        ["teamId"] = ("Teams-tiimi", "Teams-team", "Team"),
        ["teamsLink"] = ("Teams-linkki", "Teams-länk", "Teams link"),
        ["termLengthYears"] = ("kauden pituus vuosina", "mandatperiodens längd i år", "term length in years"),
        ["text"] = ("teksti", "text", "text"),
        ["themes"] = ("teemat", "teman", "themes"),
        ["until"] = ("päättyy", "till och med", "until"),
        ["userPrincipalName"] = ("käyttäjätunnus", "användarnamn", "user name"),
    }.ToFrozenDictionary();
}

using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Pages.Network.ChangeLog;

/// <summary>The change log's channels, kinds and actions in the page's language.</summary>
public static class ChangeLogTexts
{
    public static string Channel(ChangeChannel channel, Language language) => channel switch
    {
        ChangeChannel.Web => language.Pick("hallintasivu", "administrationssidan", "web app"),
        ChangeChannel.Chat => language.Pick("Teams-chat", "Teams-chatt", "Teams chat"),
        ChangeChannel.Import => language.Pick("tuonti", "import", "import"),
        ChangeChannel.Outlook => language.Pick("Outlook-kokous", "Outlook-möte", "Outlook meeting"),
        _ => language.Pick("jäsenlistan synkronointi", "synkronisering av medlemslistan", "roster sync"),
    };

    public static string Kind(ChangedKind kind, Language language) => kind switch
    {
        ChangedKind.Region => language.Pick("maakunta", "landskap", "region"),
        ChangedKind.Municipality => language.Pick("kunta", "kommun", "municipality"),
        ChangedKind.Person => language.Pick("henkilö", "person", "person"),
        ChangedKind.Network => language.Pick("verkosto", "nätverk", "network"),
        ChangedKind.Body => language.Pick("toimielin", "organ", "body"),
        ChangedKind.Term => language.Pick("kausi", "mandatperiod", "term"),
        ChangedKind.Seat => language.Pick("paikka", "plats", "seat"),
        ChangedKind.Role => language.Pick("rooli", "roll", "role"),
        ChangedKind.Membership => language.Pick("jäsenyys", "medlemskap", "membership"),
        ChangedKind.Meeting => language.Pick("kokous", "möte", "meeting"),
        ChangedKind.PriorityDocument => language.Pick("painopisteasiakirja", "prioriteringsdokument", "priority document"),
        _ => language.Pick("tiedote", "meddelande", "announcement"),
    };

    public static string Action(ChangeAction action, Language language) => action switch
    {
        ChangeAction.Added => language.Pick("lisätty", "tillagd", "added"),
        ChangeAction.Changed => language.Pick("muutettu", "ändrad", "changed"),
        ChangeAction.Removed => language.Pick("poistettu", "borttagen", "removed"),
        ChangeAction.Moved => language.Pick("siirretty", "flyttad", "moved"),
        ChangeAction.Cancelled => language.Pick("peruttu", "inställd", "cancelled"),
        ChangeAction.Scheduled => language.Pick("ajastettu lähetettäväksi", "schemalagd", "scheduled"),
        ChangeAction.Stopped => language.Pick("lähetys pysäytetty", "sändningen stoppad", "sending stopped"),
        ChangeAction.Merged => language.Pick("yhdistetty", "sammanslagen", "merged"),
        ChangeAction.Joined => language.Pick("liittyi Teamsiin", "anslöt till Teams", "joined the Team"),
        _ => language.Pick("poistui Teamsista", "lämnade Teams", "left the Team"),
    };
}

using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Pages.Network.Announcements;

/// <summary>Announcement states, audiences and report lines in the page's language.</summary>
public static class AnnouncementTexts
{
    public static string State(AnnouncementState state, Language language) => state switch
    {
        AnnouncementState.Draft => language.Pick("Luonnos", "Utkast", "Draft"),
        AnnouncementState.Scheduled => language.Pick("Ajastettu", "Schemalagt", "Scheduled"),
        AnnouncementState.Sending => language.Pick("Lähetetään", "Skickas", "Sending"),
        AnnouncementState.Sent => language.Pick("Lähetetty", "Skickat", "Sent"),
        AnnouncementState.Cancelled => language.Pick("Peruttu", "Inställt", "Cancelled"),
        _ => language.Pick("Pysäytetty", "Stoppat", "Stopped"),
    };

    public static string Audience(AnnouncementAudience audience, Language language) => audience switch
    {
        AnnouncementAudience.ChannelAndMembers => language.Pick("Kanava ja jokainen jäsen henkilökohtaisesti", "Kanalen och varje medlem personligen", "The channel and every member 1:1"),
        AnnouncementAudience.Presidium => language.Pick("Vain puheenjohtajisto", "Endast presidiet", "The presidium only"),
        _ => language.Pick("Verkoston kanava", "Nätverkets kanal", "The network's channel"),
    };

    /// <summary>"Lähetetty 120 / 158 · 2 epäonnistui".</summary>
    public static string Report(DeliveryReport report, Language language)
    {
        var line = language.Pick($"Lähetetty {report.Sent} / {report.Total}", $"Skickat {report.Sent} / {report.Total}", $"Sent {report.Sent} / {report.Total}");
        if (report.Failed > 0)
        {
            line += language.Pick($" · {report.Failed} epäonnistui", $" · {report.Failed} misslyckades", $" · {report.Failed} failed");
        }
        if (report.Stopped > 0)
        {
            line += language.Pick($" · {report.Stopped} pysäytetty", $" · {report.Stopped} stoppade", $" · {report.Stopped} stopped");
        }
        return line;
    }
}

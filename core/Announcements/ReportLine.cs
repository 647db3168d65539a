namespace Verkostot.Core.Announcements;

/// <summary>The one-line progress: "Lähetetty 120 / 158 · 12 sähköpostilla · 2 epäonnistui".</summary>
public static class ReportLine
{
    public static string Finnish(DeliveryReport report)
    {
        var line = $"Lähetetty {report.Sent} / {report.Total}";
        if (report.ByEmail > 0)
        {
            line += $" · {report.ByEmail} sähköpostilla";
        }
        if (report.Failed > 0)
        {
            line += $" · {report.Failed} epäonnistui";
        }
        if (report.Stopped > 0)
        {
            line += $" · {report.Stopped} pysäytetty";
        }
        return line;
    }

    public static string StateFinnish(AnnouncementState state) => state switch
    {
        AnnouncementState.Draft => "Luonnos",
        AnnouncementState.Scheduled => "Ajastettu",
        AnnouncementState.Sending => "Lähetetään",
        AnnouncementState.Sent => "Lähetetty",
        AnnouncementState.Cancelled => "Peruttu",
        AnnouncementState.Stopped => "Pysäytetty",
        _ => state.ToString(),
    };
}

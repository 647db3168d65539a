using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Announcements;

/// <summary>
/// The author's report card: live while sending ("Lähetetty 120 / 158 · 2 epäonnistui"), final afterwards with
/// the failures and a CSV link.
/// </summary>
public sealed record AnnouncementReportNotice(Language Language, Guid AnnouncementId, string Title, AnnouncementState State,
    DeliveryReport Report, DateTimeOffset? ScheduledFor) : Notice(Language)
{
    public bool IsFinal => State is AnnouncementState.Sent or AnnouncementState.Stopped or AnnouncementState.Cancelled
        || (State == AnnouncementState.Sending && Report.IsComplete && Report.Total > 0);

    public override string PlainText => $"{Title}: {ReportLine.Finnish(Report)}";
}

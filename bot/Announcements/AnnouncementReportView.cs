using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Announcements;

/// <summary>An announcement's report card as it stands now.</summary>
public sealed class AnnouncementReportView(DeliveryLedger ledger, ReportCard cards)
{
    public async Task<AdaptiveCard> RenderAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var report = await ledger.ReportAsync(announcement.Id, cancellationToken);
        return cards.Render(new AnnouncementReportNotice(Language.Finnish, announcement.Id, announcement.Title, announcement.State, report,
            announcement.ScheduledFor));
    }
}

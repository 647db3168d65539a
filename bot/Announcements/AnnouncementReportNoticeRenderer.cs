using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

public sealed class AnnouncementReportNoticeRenderer(ReportCard cards) : NoticeCardRenderer<AnnouncementReportNotice>
{
    protected override AdaptiveCard Render(AnnouncementReportNotice notice) => cards.Render(notice);
}

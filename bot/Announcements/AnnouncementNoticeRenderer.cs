using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

public sealed class AnnouncementNoticeRenderer : NoticeCardRenderer<AnnouncementNotice>
{
    protected override AdaptiveCard Render(AnnouncementNotice notice) => AnnouncementCard.Render(notice);
}

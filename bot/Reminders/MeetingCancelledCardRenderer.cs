using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

public sealed class MeetingCancelledCardRenderer : NoticeCardRenderer<MeetingCancelledNotice>
{
    protected override AdaptiveCard Render(MeetingCancelledNotice notice)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Peruttu", "Inställt", "Cancelled")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        return new AdaptiveCard
        {
            Body =
            [
                MeetingCardParts.Heading(heading),
                new TextBlock(language.Pick("Kokousta ei pidetä. Voit poistaa sen kalenteristasi.", "Mötet hålls inte. Du kan ta bort det ur din kalender.", "The meeting will not be held. You can remove it from your calendar.")) { Wrap = true },
            ],
            FallbackText = notice.PlainText,
        };
    }
}

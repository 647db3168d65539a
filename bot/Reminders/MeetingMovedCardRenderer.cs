using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

public sealed class MeetingMovedCardRenderer(MeetingCardParts parts) : NoticeCardRenderer<MeetingMovedNotice>
{
    protected override AdaptiveCard Render(MeetingMovedNotice notice)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Uusi aika", "Ny tid", "New time")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        var was = language.Pick("Aiempi aika oli", "Den tidigare tiden var", "It was") + " " + HelsinkiDateFormat.Format(notice.PreviousStartsAt, language) + ".";
        return new AdaptiveCard
        {
            Body = [MeetingCardParts.Heading(heading), new TextBlock(was) { Wrap = true, IsSubtle = true }, .. parts.Details(notice.Meeting, language)],
            Actions = [.. parts.Links(notice.Meeting, language)],
            FallbackText = notice.PlainText,
        };
    }
}

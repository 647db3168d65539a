using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

/// <summary>The reminder card: the meeting, the RSVP buttons, and after an answer the line that confirms it.</summary>
public sealed class MeetingReminderCardRenderer(MeetingCardParts parts) : NoticeCardRenderer<MeetingReminderNotice>
{
    protected override AdaptiveCard Render(MeetingReminderNotice notice)
    {
        var language = notice.Language;
        return RsvpCard.Build(parts, notice.Meeting, language, notice.Heading, null, notice.ReminderId, notice.Answer, notice.Outcome, notice.DeputyName, notice.PlainText);
    }
}

using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

public sealed class UndeliveredRemindersCardRenderer : NoticeCardRenderer<UndeliveredRemindersNotice>
{
    protected override AdaptiveCard Render(UndeliveredRemindersNotice notice)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Viesti ei mennyt perille", "Meddelandet nådde inte fram", "Message not delivered")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        return new AdaptiveCard
        {
            Body =
            [
                MeetingCardParts.Heading(heading),
                new TextBlock(language.Pick("Tavoitathan nämä henkilöt muuta kautta:", "Kontakta dessa personer på annat sätt:", "Please reach these people another way:")) { Wrap = true },
                new FactSet([.. notice.Recipients.Select(r => new Fact(CardText.Plain(r.Name), r.Reason))]),
            ],
            FallbackText = notice.PlainText,
        };
    }
}

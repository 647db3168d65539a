using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

/// <summary>The deputy's invitation: the member cannot come, can you?</summary>
public sealed class DeputyInvitationCardRenderer(MeetingCardParts parts) : NoticeCardRenderer<DeputyInvitationNotice>
{
    protected override AdaptiveCard Render(DeputyInvitationNotice notice)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Kutsu varajäsenenä", "Inbjudan som ersättare", "Invitation as deputy")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        var lead = language.Pick(
            $"{notice.MemberName} ei pääse kokoukseen. Pääsetkö sinä?",
            $"{notice.MemberName} kan inte delta. Kan du komma?",
            $"{notice.MemberName} cannot attend. Can you?");
        return RsvpCard.Build(parts, notice.Meeting, language, heading, lead, notice.ReminderId, notice.Answer, notice.Outcome, null, notice.PlainText);
    }
}

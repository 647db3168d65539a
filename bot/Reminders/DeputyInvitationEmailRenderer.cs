using Verkostot.Bot.Email;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

/// <summary>The deputy's invitation as an e-mail: the member cannot come, can you? Answered by signed links.</summary>
public sealed class DeputyInvitationEmailRenderer(MeetingEmailParts parts, EmailLinks links) : EmailRenderer<DeputyInvitationNotice>
{
    protected override EmailContent Render(DeputyInvitationNotice notice, MailRecipient recipient)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Kutsu varajäsenenä", "Inbjudan som ersättare", "Invitation as deputy")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        var lead = language.Pick(
            $"{notice.MemberName} ei pääse kokoukseen. Pääsetkö sinä?",
            $"{notice.MemberName} kan inte delta. Kan du komma?",
            $"{notice.MemberName} cannot attend. Can you?");
        return RsvpEmail.Build(parts, links, notice.Meeting, language, heading, lead, notice.ReminderId, recipient);
    }
}

using Verkostot.Bot.Email;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

public sealed class UndeliveredRemindersEmailRenderer(EmailLinks links) : EmailRenderer<UndeliveredRemindersNotice>
{
    protected override EmailContent Render(UndeliveredRemindersNotice notice, MailRecipient recipient)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Viesti ei mennyt perille", "Meddelandet nådde inte fram", "Message not delivered")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        return new EmailDocument(language, links.OptOut(recipient.MessageId, language))
            .Heading(heading)
            .Paragraph(language.Pick("Tavoitathan nämä henkilöt muuta kautta:", "Kontakta dessa personer på annat sätt:", "Please reach these people another way:"))
            .Facts(notice.Recipients.Select(r => (r.Name, r.Reason)))
            .Build(heading);
    }
}

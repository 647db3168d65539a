using Verkostot.Bot.Email;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

public sealed class MeetingMovedEmailRenderer(MeetingEmailParts parts, EmailLinks links) : EmailRenderer<MeetingMovedNotice>
{
    protected override EmailContent Render(MeetingMovedNotice notice, MailRecipient recipient)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Uusi aika", "Ny tid", "New time")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        var document = new EmailDocument(language, links.OptOut(recipient.MessageId, language))
            .Heading(heading)
            .Subtle(language.Pick("Aiempi aika oli", "Den tidigare tiden var", "It was") + " " + HelsinkiDateFormat.Format(notice.PreviousStartsAt, language) + ".");
        MeetingEmailParts.Details(document, notice.Meeting, language);
        parts.Links(document, notice.Meeting, language);
        return document.Build(heading);
    }
}

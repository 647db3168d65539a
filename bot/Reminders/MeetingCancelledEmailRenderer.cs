using Verkostot.Bot.Email;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

public sealed class MeetingCancelledEmailRenderer(EmailLinks links) : EmailRenderer<MeetingCancelledNotice>
{
    protected override EmailContent Render(MeetingCancelledNotice notice, MailRecipient recipient)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Peruttu", "Inställt", "Cancelled")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        return new EmailDocument(language, links.OptOut(recipient.MessageId, language))
            .Heading(heading)
            .Paragraph(language.Pick("Kokousta ei pidetä. Voit poistaa sen kalenteristasi.", "Mötet hålls inte. Du kan ta bort det ur din kalender.", "The meeting will not be held. You can remove it from your calendar."))
            .Build(heading);
    }
}

using Verkostot.Bot.Email;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

/// <summary>The reminder as an e-mail: the card's content, and "Osallistun" / "En pääse" as signed links that answer exactly as the buttons do.</summary>
public sealed class MeetingReminderEmailRenderer(MeetingEmailParts parts, EmailLinks links) : EmailRenderer<MeetingReminderNotice>
{
    protected override EmailContent Render(MeetingReminderNotice notice, MailRecipient recipient)
    {
        var language = notice.Language;
        var heading = $"{language.Pick("Muistutus", "Påminnelse", "Reminder")}: {MeetingKindNames.Of(notice.Meeting.Kind, language)} {HelsinkiDateFormat.Format(notice.Meeting.StartsAt, language)}";
        return RsvpEmail.Build(parts, links, notice.Meeting, language, heading, null, notice.ReminderId, recipient);
    }
}

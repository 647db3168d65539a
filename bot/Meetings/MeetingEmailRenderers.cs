using Verkostot.Bot.Email;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Meetings;

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

/// <summary>Shared layout of the two RSVP e-mails.</summary>
internal static class RsvpEmail
{
    public const string Yes = "yes";
    public const string No = "no";

    public static EmailContent Build(MeetingEmailParts parts, EmailLinks links, MeetingDetails meeting, Core.Domain.Language language, string heading, string? lead,
        long reminderId, MailRecipient recipient)
    {
        var document = new EmailDocument(language, links.OptOut(recipient.MessageId, language)).Kicker(meeting.NetworkName).Heading(heading);
        if (lead is not null) document.Paragraph(lead, strong: true);
        MeetingEmailParts.Details(document, meeting, language);
        document.Button(language.Pick("Osallistun", "Jag deltar", "I'll attend"), links.Answer(reminderId, Yes, language), primary: true)
            .Button(language.Pick("En pääse", "Jag kan inte komma", "I can't attend"), links.Answer(reminderId, No, language), primary: true)
            .Buttons();
        parts.Links(document, meeting, language);
        return document.Build(heading);
    }
}

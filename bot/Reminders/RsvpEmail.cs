using Verkostot.Bot.Email;
using Verkostot.Bot.Meetings;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Bot.Reminders;

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

using MimeKit;
using MimeKit.Utils;
using Verkostot.Core.Email;

namespace Verkostot.Bot.Email;

/// <summary>
/// The e-mail as MIME: multipart/alternative with the plain text first and the HTML second (clients show the last
/// part they can), List-Unsubscribe with one-click (RFC 8058), and Auto-Submitted so that out-of-office replies stay
/// away. Graph's sendMail takes exactly this, base64-encoded; its JSON form has no plain-text part.
/// </summary>
public static class MailMime
{
    public static MimeMessage Build(EmailOptions options, MailRecipient recipient, EmailContent content, string languageCode, DateTimeOffset now)
    {
        var message = new MimeMessage { Date = now };
        message.From.Add(new MailboxAddress(options.SenderName, options.Mailbox!));
        message.To.Add(new MailboxAddress(recipient.Name, recipient.Address));
        message.Subject = content.Subject;
        message.MessageId = MimeUtils.GenerateMessageId(DomainOf(options.Mailbox!));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (content.OptOut is { } optOut)
        {
            message.Headers.Add("List-Unsubscribe", $"<{optOut.AbsoluteUri}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html }.ToMessageBody();
        // A Content-* header belongs to the body entity, so it is set there, after the body.
        message.Body.Headers.Add(HeaderId.ContentLanguage, languageCode);
        return message;
    }

    /// <summary>What sendMail takes: the whole message, base64-encoded.</summary>
    public static byte[] Base64(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static string DomainOf(string mailbox) => mailbox[(mailbox.IndexOf('@') + 1)..] is { Length: > 0 } domain ? domain : "localhost";
}

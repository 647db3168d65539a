using MimeKit;

namespace Verkostot.Testing.Graph;

/// <summary>An e-mail the fake accepted from <c>/users/{mailbox}/sendMail</c>, parsed from its MIME.</summary>
public sealed record FakeMail(string Mailbox, MimeMessage Message, DateTimeOffset AcceptedAt)
{
    public string To => Message.To.Mailboxes.Single().Address;
    public string Subject => Message.Subject ?? "";
    public string? Text => Message.TextBody;
    public string? Html => Message.HtmlBody;
    /// <summary>A header of the message, or of its body entity (where MIME keeps the Content-* headers).</summary>
    public string? Header(string name) => Message.Headers[name] ?? Message.Body?.Headers[name];
}

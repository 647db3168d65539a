namespace Verkostot.Bot.Email;

/// <summary>
/// E-mail to people Teams cannot reach (section <c>Email</c>): sent through Microsoft Graph from one mailbox. Off while
/// <see cref="Mailbox"/> is empty. The app needs Mail.Send, restricted to this mailbox by an Exchange application
/// access policy (docs/deployment.md).
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The sending mailbox, e.g. <c>verkostot@kuntaliitto.fi</c> (a shared mailbox will do).</summary>
    public string? Mailbox { get; set; }

    /// <summary>The name recipients see as the sender.</summary>
    public string SenderName { get; set; } = "Kuntaliiton verkostot";

    /// <summary>Messages a minute from the mailbox: Exchange Online allows 30.</summary>
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>How long the links in an e-mail (answers, opting out) keep working.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(60);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Mailbox);
}

using Verkostot.Core.Messaging;

namespace Verkostot.Core.Email;

/// <summary>
/// Port: sends a notice as an e-mail from the configured mailbox, rendered like its card (HTML with a plain-text
/// part) in the notice's language. Failures come back as a <see cref="Delivery"/> with a code from
/// <see cref="DeliveryProblemCodes"/>, never as exceptions. The bot implements it on Microsoft Graph.
/// </summary>
public interface IMailer
{
    /// <summary>False until a sending mailbox is configured: nothing is handed over to e-mail then.</summary>
    bool IsEnabled { get; }

    Task<Delivery> SendAsync(MailRecipient recipient, Notice notice, CancellationToken cancellationToken);
}

using Verkostot.Core.Messaging;

namespace Verkostot.Core.Email;

/// <summary>E-mail fallback switched off (no mailbox configured): nothing is ever handed over to e-mail.</summary>
public sealed class DisabledMailer : IMailer
{
    public bool IsEnabled => false;

    public Task<Delivery> SendAsync(MailRecipient recipient, Notice notice, CancellationToken cancellationToken) =>
        Task.FromResult(Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.NoEmail));
}

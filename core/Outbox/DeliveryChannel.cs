namespace Verkostot.Core.Outbox;

/// <summary>
/// How an outbox row reaches its recipient. A pending row is in the lane of its channel; a row that cannot be
/// delivered in Teams may be handed over to e-mail (<see cref="OutboxOutcome.Handover"/>); a sent row records the
/// channel that delivered it.
/// </summary>
public enum DeliveryChannel
{
    /// <summary>A Teams message: 1:1 chat or a channel post.</summary>
    Teams,
    /// <summary>An e-mail from the configured mailbox, when Teams could not reach the person.</summary>
    Email,
}

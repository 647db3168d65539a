namespace Verkostot.Core.Outbox;

/// <summary>Where one row of the outbox is; the same words for every feature that sends through it.</summary>
public enum OutboxState
{
    /// <summary>Waiting for its time, or for its next attempt after a transient failure.</summary>
    Pending,
    /// <summary>Claimed by one sender, which is sending it now; only that sender settles it.</summary>
    Sending,
    Sent,
    /// <summary>No conversation with the recipient could be found or created.</summary>
    Unreachable,
    /// <summary>Refused for good, or transient failures used up the attempts.</summary>
    Failed,
    /// <summary>
    /// The sender stopped (crash, shutdown, unexpected error) after claiming the row: the recipient may or may not
    /// have the message. Never sent again automatically, so nobody gets it twice; reported instead.
    /// </summary>
    InDoubt,
    /// <summary>
    /// Will not be sent: no longer needed (meeting cancelled, recipient left, a later message replaces it) or
    /// stopped by whoever sent it (an announcement stopped mid-way).
    /// </summary>
    Cancelled,
    /// <summary>Its moment passed before it could be sent (the meeting had started).</summary>
    Expired,
}

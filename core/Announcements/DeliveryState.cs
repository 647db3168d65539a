namespace Verkostot.Core.Announcements;

/// <summary>The state of one recipient's row in the delivery ledger.</summary>
public enum DeliveryState
{
    /// <summary>Not sent yet; may wait for its next attempt after a transient failure.</summary>
    Pending,
    /// <summary>Claimed by a worker that is sending it right now.</summary>
    InFlight,
    Sent,
    Failed,
    /// <summary>The coordinator stopped the announcement before this row was sent.</summary>
    Stopped,
}

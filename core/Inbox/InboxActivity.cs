namespace Verkostot.Core.Inbox;

/// <summary>
/// An activity the bot acknowledged and has not yet finished with, stored before the acknowledgement so that a
/// crash loses nothing. Once handled, only the key stays (the payload is cleared) for the duplicate window, so that
/// a delivery the channel repeats is recognised.
/// </summary>
public sealed class InboxActivity
{
    public long Id { get; set; }

    /// <summary>What makes a repeat a repeat: see <see cref="InboxKey"/>.</summary>
    public string Key { get; set; } = "";

    /// <summary>The channel's id of the activity, for log lines (never its text).</summary>
    public string? ActivityId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The activity as received; null once handled or dropped.</summary>
    public byte[]? Payload { get; set; }

    /// <summary>The instance handling it; another may take it over once <see cref="ClaimedUntil"/> has passed.</summary>
    public Guid? Owner { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? HandledAt { get; set; }
}

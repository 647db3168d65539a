namespace Verkostot.Core.Messaging;

/// <summary>The outcome of one delivery attempt.</summary>
public sealed record Delivery(DeliveryStatus Status, SentMessage? Sent = null, string? Reason = null)
{
    public static Delivery Delivered(SentMessage sent) => new(DeliveryStatus.Sent, sent);

    public static Delivery Failed(DeliveryStatus status, string reason) => new(status, null, reason);

    public bool IsSent => Status == DeliveryStatus.Sent;
}

public enum DeliveryStatus
{
    Sent,
    /// <summary>No conversation with the person and none could be created (e.g. no Entra id, app not installed).</summary>
    Unreachable,
    /// <summary>Teams refused for good (user gone, bot blocked or uninstalled): do not retry.</summary>
    PermanentFailure,
    /// <summary>Throttled or a server error after retries: try again later.</summary>
    TransientFailure,
}

namespace Verkostot.Core.Messaging;

/// <summary>The outcome of one delivery attempt.</summary>
public sealed record Delivery(DeliveryStatus Status, SentMessage? Sent = null, string? Reason = null)
{
    public static Delivery Delivered(SentMessage sent) => new(DeliveryStatus.Sent, sent);

    public static Delivery Failed(DeliveryStatus status, string reason) => new(status, null, reason);

    public bool IsSent => Status == DeliveryStatus.Sent;
}

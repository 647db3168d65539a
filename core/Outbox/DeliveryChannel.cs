namespace Verkostot.Core.Outbox;

/// <summary>How an outbox row reaches its recipient.</summary>
public enum DeliveryChannel
{
    /// <summary>A Teams message: 1:1 chat or a channel post.</summary>
    Teams,
}

namespace Verkostot.Core.Messaging;

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

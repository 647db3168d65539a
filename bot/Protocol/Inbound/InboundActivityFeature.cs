namespace Verkostot.Bot.Protocol.Inbound;

/// <summary>
/// The activity of a POST to /api/messages, read once per request. Token validation needs its channel, the
/// authorization policy its serviceUrl and tenant, and the endpoint the whole activity, so whoever comes first reads
/// the body and the others reuse it.
/// </summary>
public sealed class InboundActivityFeature(InboundRead read)
{
    public InboundRead Read { get; } = read;
}

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

public static class InboundActivityHttpContextExtensions
{
    public static async ValueTask<InboundRead> ReadInboundActivityAsync(this HttpContext http)
    {
        if (http.Features.Get<InboundActivityFeature>() is { } feature)
        {
            return feature.Read;
        }

        var read = await InboundActivityReader.ReadAsync(http.Request, http.RequestAborted);
        http.Features.Set(new InboundActivityFeature(read));
        return read;
    }

    /// <summary>The activity if the body has already been read; null when nobody has read it yet.</summary>
    public static InboundRead? PeekInboundActivity(this HttpContext http) => http.Features.Get<InboundActivityFeature>()?.Read;
}

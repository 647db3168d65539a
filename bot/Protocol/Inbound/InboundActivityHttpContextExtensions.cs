namespace Verkostot.Bot.Protocol.Inbound;

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

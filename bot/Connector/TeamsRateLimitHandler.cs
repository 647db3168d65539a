namespace Verkostot.Bot.Connector;

/// <summary>Holds each connector request until <see cref="TeamsRateLimiter"/> grants it a permit.</summary>
internal sealed class TeamsRateLimitHandler(TeamsRateLimiter limiter) : DelegatingHandler
{
    /// <summary>The conversation (or team) a request counts against; set by <see cref="ConnectorClient"/>.</summary>
    public static readonly HttpRequestOptionsKey<string?> ConversationKey = new("Verkostot.Connector.Conversation");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(ConversationKey, out var conversationId);
        using var lease = await limiter.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

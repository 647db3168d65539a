namespace Verkostot.Bot.Authentication;

/// <summary>
/// Decides whether an inbound <c>POST /api/messages</c> really comes from the Bot Connector service
/// for this bot, this channel and this service URL.
/// </summary>
public interface IBotRequestAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header value, if any.</param>
    /// <param name="channelId">The activity's <c>channelId</c> (e.g. <c>msteams</c>).</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct);
}

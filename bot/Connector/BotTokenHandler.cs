using System.Net.Http.Headers;

namespace Verkostot.Bot.Connector;

/// <summary>Adds the bot's bearer token to every connector request (none in developer mode).</summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokens) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A cached token (or developer mode's none) is at hand: no state machine for the usual send.
        var token = tokens.GetTokenAsync(cancellationToken);
        if (!token.IsCompletedSuccessfully)
        {
            return SendAfterTokenAsync(request, token, cancellationToken);
        }
        Authorize(request, token.Result);
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAfterTokenAsync(HttpRequestMessage request, ValueTask<string?> token,
        CancellationToken cancellationToken)
    {
        Authorize(request, await token.ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void Authorize(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }
}

using System.Net.Http.Headers;

namespace Verkostot.Bot.Connector;

/// <summary>Adds the bot's bearer token to every connector request (none in developer mode).</summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

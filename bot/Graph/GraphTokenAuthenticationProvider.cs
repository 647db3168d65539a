using Azure.Core;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Verkostot.Bot.Graph;

/// <summary>
/// Puts an app-only token from the configured credential on every Graph request. Unlike the SDK's own provider it
/// does not skip non-Microsoft hosts, so a fake Graph on 127.0.0.1 sees the same requests (and the same
/// credential failures) as the real one. Azure.Identity caches the token until shortly before it expires.
/// </summary>
internal sealed class GraphTokenAuthenticationProvider(TokenCredential credential, string scope) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        request.Headers.Remove("Authorization");
        request.Headers.Add("Authorization", $"Bearer {token.Token}");
    }
}

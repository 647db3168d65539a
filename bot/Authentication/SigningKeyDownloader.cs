using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>Fetches the OpenID metadata document, then the JWKS it points to.</summary>
internal sealed class SigningKeyDownloader(IHttpClientFactory httpClients, IOptions<BotOptions> options)
{
    /// <summary>Name of the <see cref="HttpClient"/> used for metadata and keys; configure it to add proxies or handlers.</summary>
    public const string HttpClientName = "Verkostot.Bot.Authentication.OpenIdMetadata";

    public async Task<SigningKeySet> DownloadAsync(CancellationToken ct)
    {
        var client = httpClients.CreateClient(HttpClientName);
        var metadataJson = await client.GetStringAsync(options.Value.OpenIdMetadataUrl, ct);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata document has no absolute jwks_uri.");
        }

        var jwksJson = await client.GetStringAsync(jwksUri, ct);
        return SigningKeySet.Parse(jwksJson);
    }
}

using Microsoft.IdentityModel.Protocols;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// Fetches the metadata and key documents with IdentityModel's <see cref="HttpDocumentRetriever"/>, on a client from
/// <see cref="IHttpClientFactory"/> per fetch, so that a fetch a day apart never uses a stale connection or DNS entry.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClients, bool requireHttps) : IDocumentRetriever
{
    /// <summary>Name of the <see cref="HttpClient"/> used for metadata and keys; configure it to add proxies or handlers.</summary>
    public const string HttpClientName = "Verkostot.Bot.Authentication.OpenIdMetadata";

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = requireHttps }
            .GetDocumentAsync(address, cancel);
}

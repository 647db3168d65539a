using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// The Bot Connector's OpenID metadata and signing keys, fetched and cached by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: again after <see cref="BotAuthenticationOptions.KeyCacheLifetime"/>, or when a
/// token names an unknown key, at most once per <see cref="BotAuthenticationOptions.MinimumKeyRefreshInterval"/>.
/// This class is the manager's retriever too, to log each fetch and to know whether any keys were ever fetched.
/// </summary>
internal sealed class BotConnectorMetadata : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    private readonly ILogger<BotConnectorMetadata> _logger;
    private int _fetchedKeys;

    public BotConnectorMetadata(
        IOptions<BotOptions> botOptions,
        IOptions<BotAuthenticationOptions> authOptions,
        IHttpClientFactory httpClients,
        ILogger<BotConnectorMetadata> logger)
    {
        _logger = logger;
        var url = botOptions.Value.OpenIdMetadataUrl;
        var requireHttps = !url.StartsWith(Uri.UriSchemeHttp + "://", StringComparison.OrdinalIgnoreCase);
        Manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            url, this, new MetadataDocumentRetriever(httpClients, requireHttps))
        {
            AutomaticRefreshInterval = authOptions.Value.KeyCacheLifetime,
            RefreshInterval = authOptions.Value.MinimumKeyRefreshInterval,
        };
    }

    public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; }

    /// <summary>False until a metadata document with signing keys has been fetched: then nothing can be verified.</summary>
    public bool HasKeys => Volatile.Read(ref _fetchedKeys) > 0;

    async Task<OpenIdConnectConfiguration> IConfigurationRetriever<OpenIdConnectConfiguration>.GetConfigurationAsync(
        string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancel);
            Volatile.Write(ref _fetchedKeys, Math.Max(_fetchedKeys, configuration.SigningKeys.Count));
            AuthenticationLog.SigningKeysFetched(_logger, configuration.SigningKeys.Count);
            return configuration;
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            // The manager keeps the keys it already has; this says why they were not renewed.
            AuthenticationLog.SigningKeyFetchFailed(_logger, e);
            throw;
        }
    }
}

using System.Net;
using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Verkostot.Bot.Graph;

/// <summary>
/// The Graph client built from configuration, or the reason there is none. Without credentials only a loopback
/// base URL (a local fake) gets a client, so an unconfigured bot never calls Microsoft without a token.
/// </summary>
public sealed class GraphConnection
{
    private GraphConnection(GraphServiceClient? client, string? notConfigured)
    {
        Client = client;
        NotConfiguredReason = notConfigured;
    }

    public GraphServiceClient? Client { get; }

    public string? NotConfiguredReason { get; }

    public static GraphConnection Create(GraphOptions options, TokenCredential? credential)
    {
        if (credential is null && !options.BaseUri.IsLoopback)
        {
            return new GraphConnection(null,
                "No Graph credentials: set MicrosoftAppId, MicrosoftAppTenantId and MicrosoftAppPassword (or a certificate), or the Graph section.");
        }
        IAuthenticationProvider authentication = credential is null
            ? new AnonymousAuthenticationProvider()
            : new GraphTokenAuthenticationProvider(credential, options.EffectiveScope);
        return new GraphConnection(new GraphServiceClient(HttpClientFor(options), authentication, options.BaseUri.ToString().TrimEnd('/')), null);
    }

    private static HttpClient HttpClientFor(GraphOptions options)
    {
        // The SDK's own pipeline, with its retry handler tuned: it honours Retry-After on 429/503/504 and backs off exponentially otherwise.
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler
                ? new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = options.RetryDelaySeconds })
                : h)
            .ToList();
        var transport = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        };
        var client = GraphClientFactory.Create(handlers, finalHandler: transport);
        client.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        return client;
    }
}

using System.Net;
using System.Runtime.CompilerServices;
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
    // Typed as object and built on first use: the services that call Graph are built at start-up (the route table
    // check builds every handler), and a GraphServiceClient there would load the Graph SDK, one of the biggest
    // libraries, on the way to the first answer, which never needs it.
    private readonly Lazy<object>? _client;

    private GraphConnection(Lazy<object>? client, string? notConfigured)
    {
        _client = client;
        NotConfiguredReason = notConfigured;
    }

    public GraphServiceClient? Client => (GraphServiceClient?)_client?.Value;

    public string? NotConfiguredReason { get; }

    public static GraphConnection Create(GraphOptions options, TokenCredential? credential)
    {
        if (credential is null && !options.BaseUri.IsLoopback)
        {
            return new GraphConnection(null,
                "No Graph credentials: set MicrosoftAppId, MicrosoftAppTenantId and MicrosoftAppPassword (or a certificate), or the Graph section.");
        }
        return new GraphConnection(new Lazy<object>(() => Build(options, credential)), null);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object Build(GraphOptions options, TokenCredential? credential)
    {
        IAuthenticationProvider authentication = credential is null
            ? new AnonymousAuthenticationProvider()
            : new GraphTokenAuthenticationProvider(credential, options.EffectiveScope);
        return new GraphServiceClient(HttpClientFor(options), authentication, options.BaseUri.ToString().TrimEnd('/'));
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

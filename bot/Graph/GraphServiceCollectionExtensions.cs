using Azure.Core;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;
using Verkostot.Core.GraphAccess;

namespace Verkostot.Bot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// The one Microsoft Graph client (section <c>Graph</c>) that roster sync, proactive installation, e-mail and
    /// Outlook meetings share, the mailboxes' pace, and the health check of Graph refusing a feature. Every feature
    /// that uses Graph calls this; the first call registers, later ones do nothing. A <see cref="TokenCredential"/>
    /// registered before the client is first resolved replaces the one built from <c>Graph</c> and the bot's identity.
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(GraphConnection)))
        {
            return services;
        }
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", "Graph:BaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.PageSize is >= 1 and <= 999, "Graph:PageSize must be 1–999.")
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "Graph:MaxRetries must be 0–10.")
            .Validate(o => o.RetryDelaySeconds is >= 0 and <= 180, "Graph:RetryDelaySeconds must be 0–180.")
            .Validate(o => o.TimeoutSeconds > 0, "Graph:TimeoutSeconds must be positive.")
            .Validate(o => o.MailboxRequestsPer10Minutes is > 0, "Graph:MailboxRequestsPer10Minutes must be positive.")
            .Validate(o => EntraCredentialOptions.IsValidAuthorityHost(o.AuthorityHost),
                "Graph:AuthorityHost must be an absolute https address of an Entra authority, e.g. https://login.microsoftonline.us/ (leave it unset to use the bot's AuthorityHost).")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var graph = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            var credential = sp.GetService<TokenCredential>()
                ?? GraphCredentialFactory.Create(graph, sp.GetRequiredService<IOptions<BotOptions>>().Value);
            return GraphConnection.Create(graph, credential);
        });
        services.AddSingleton<MailboxPace>();
        services.AddGraphAccess();
        services.AddHealthChecks().AddCheck<GraphAccessHealthCheck>(GraphAccessHealthCheck.Name);
        return services;
    }
}

using Azure.Core;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

public static class RosterServiceCollectionExtensions
{
    /// <summary>
    /// Roster sync with the Teams' Microsoft 365 groups: the Graph directory (section <c>Graph</c>), the sync use
    /// case, the coordinators' commands and notice cards, and the health check. A <see cref="TokenCredential"/>
    /// registered before this call replaces the one built from <c>Graph</c> and the bot's identity
    /// (<see cref="ConfigurationServiceCollectionExtensions.AddBotConfiguration"/>).
    /// </summary>
    public static IServiceCollection AddRosterSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", "Graph:BaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.PageSize is >= 1 and <= 999, "Graph:PageSize must be 1–999.")
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "Graph:MaxRetries must be 0–10.")
            .Validate(o => o.RetryDelaySeconds is >= 0 and <= 180, "Graph:RetryDelaySeconds must be 0–180.")
            .Validate(o => o.TimeoutSeconds > 0, "Graph:TimeoutSeconds must be positive.")
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
        services.AddSingleton<IGroupDirectory>(sp => new LazyGroupDirectory(() =>
            new GraphGroupDirectory(sp.GetRequiredService<GraphConnection>(), sp.GetRequiredService<IOptions<GraphOptions>>().Value)));

        services.AddRosterCore();
        services.AddScoped<CoordinatorNetworks>();
        services.AddScoped<IChatCommand, SyncMembersCommand>();
        services.AddScoped<IChatCommand, MissingFromTeamsCommand>();
        services.AddSingleton<INoticeCardRenderer, RosterReportCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, RosterCredentialAlertCardRenderer>();
        services.AddHealthChecks().AddCheck<RosterSyncHealthCheck>(RosterSyncHealthCheck.Name);
        return services;
    }
}

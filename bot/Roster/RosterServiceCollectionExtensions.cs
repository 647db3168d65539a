using Microsoft.Extensions.Options;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Graph;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

public static class RosterServiceCollectionExtensions
{
    /// <summary>
    /// Roster sync with the Teams' Microsoft 365 groups: the Graph directory (on the shared client of
    /// <see cref="GraphServiceCollectionExtensions.AddGraph"/>), the sync use case, the coordinators' commands and
    /// notice cards, and the health check.
    /// </summary>
    public static IServiceCollection AddRosterSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraph(configuration);
        services.AddSingleton<IGroupDirectory>(sp => new LazyGroupDirectory(() =>
            new GraphGroupDirectory(sp.GetRequiredService<GraphConnection>(), sp.GetRequiredService<IOptions<GraphOptions>>().Value)));

        services.AddRosterCore();
        services.AddScoped<CoordinatorNetworks>();
        services.AddSingleton<INoticeCardRenderer, RosterReportCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, RosterCredentialAlertCardRenderer>();
        services.AddHealthChecks().AddCheck<RosterSyncHealthCheck>(RosterSyncHealthCheck.Name);
        return services;
    }
}

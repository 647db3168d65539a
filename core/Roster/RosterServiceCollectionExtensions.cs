using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Telemetry;

namespace Verkostot.Core.Roster;

public static class RosterServiceCollectionExtensions
{
    /// <summary>The roster sync use case; the host adds an <see cref="IGroupDirectory"/> and an IMessenger.</summary>
    public static IServiceCollection AddRosterCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBusinessMetrics();
        services.AddSingleton<RosterSyncLease>();
        services.AddScoped<RosterSync>();
        services.AddSingleton<RosterStatusQuery>();
        services.AddSingleton<UnmatchedMembers>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostot.Core.GraphAccess;

public static class GraphAccessServiceCollectionExtensions
{
    /// <summary>The streaks of Graph refusing a feature (idempotent). Alerts go out through the host's IMessenger.</summary>
    public static IServiceCollection AddGraphAccess(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphAccessMonitor>();
        return services;
    }
}

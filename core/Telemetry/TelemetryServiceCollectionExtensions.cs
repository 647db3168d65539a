using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostot.Core.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The business figures (<see cref="BusinessMetrics"/>); every feature that counts adds them (idempotent).</summary>
    public static IServiceCollection AddBusinessMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton<BusinessMetrics>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Telemetry;

namespace Verkostot.Core.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The delivery outbox; every feature that sends exactly once adds it (idempotent).</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBusinessMetrics();
        services.TryAddSingleton<DeliveryOutbox>();
        return services;
    }
}

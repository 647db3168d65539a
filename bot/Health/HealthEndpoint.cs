using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Verkostot.Bot.Health;

namespace Verkostot.Bot.Health;

public static class HealthEndpoint
{
    /// <summary>
    /// GET /health/live: the process is up and serving (no dependency is asked), for restarts.
    /// GET /health/ready: every check (database, migrations, Hangfire, Bot Connector keys, Graph, link keys, roster
    /// sync) as JSON; 503 when one is Unhealthy, 200 when Healthy or Degraded — for load balancers and operators.
    /// GET /health: the same checks as ready, answered as one word (Healthy, Degraded, Unhealthy), for older probes.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportBody.WriteAsync,
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = HealthReportBody.WriteAsync });
        endpoints.MapHealthChecks("/health");
        return endpoints;
    }
}

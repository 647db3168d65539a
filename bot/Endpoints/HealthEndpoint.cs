namespace Verkostot.Bot.Endpoints;

public static class HealthEndpoint
{
    /// <summary>GET /health: Healthy, Degraded (e.g. roster sync cannot sign in) or Unhealthy, for load balancers and operators.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health");
        return endpoints;
    }
}

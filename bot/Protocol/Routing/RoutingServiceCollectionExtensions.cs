using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostot.Bot.Protocol.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>
    /// Adds rows to the bot's one route table (a singleton <see cref="RouteTable"/>, checked at start-up) and their
    /// handlers, each built in the scope of the activity it handles. Called with the bot's table; tests add rows too.
    /// </summary>
    public static IServiceCollection AddRoutes(this IServiceCollection services, IEnumerable<Route> routes)
    {
        foreach (var route in routes)
        {
            services.AddSingleton(route);
            services.TryAddScoped(route.Handler);
        }
        services.TryAddSingleton(sp => new RouteTable(sp.GetServices<Route>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RouteTableCheck>());
        return services;
    }
}

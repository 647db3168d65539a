namespace Verkostot.Bot.Protocol.Routing;

/// <summary>The routes the bot answers; anything not listed is acknowledged and ignored.</summary>
public sealed class ActivityRouteTable
{
    private readonly Dictionary<(string Type, string? Name), ActivityRoute> _routes;

    public ActivityRouteTable(IEnumerable<ActivityRoute> routes)
    {
        Routes = routes.ToList();
        _routes = new Dictionary<(string, string?), ActivityRoute>();
        foreach (var route in Routes)
        {
            if (!_routes.TryAdd((route.Type, route.Name), route))
            {
                throw new InvalidOperationException($"Two routes for activity '{route.Type}' named '{route.Name}'.");
            }
        }
    }

    public IReadOnlyList<ActivityRoute> Routes { get; }

    public ActivityRoute? Find(string type, string? name) =>
        _routes.GetValueOrDefault((type, type == ActivityTypes.Invoke ? name : null));

    /// <summary>Start-up check: every handler can be built and is of the kind its route needs.</summary>
    public void Verify(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        foreach (var route in Routes)
        {
            var expected = route.IsInvoke ? typeof(IInvokeHandler) : typeof(IActivityHandler);
            if (!expected.IsAssignableFrom(route.Handler))
            {
                throw new InvalidOperationException(
                    $"Route '{route.Type}' needs a {expected.Name}, but {route.Handler.Name} is not one.");
            }
            if (route.IsInvoke && string.IsNullOrEmpty(route.Name))
            {
                throw new InvalidOperationException($"Invoke route to {route.Handler.Name} has no invoke name.");
            }
            _ = scope.ServiceProvider.GetService(route.Handler)
                ?? throw new InvalidOperationException($"Handler {route.Handler.Name} is not registered.");
        }
    }
}

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// Refuses to start a bot whose route table is unsound (<see cref="RouteTable.Conflicts"/>) or names a handler that
/// cannot be built, before it takes a request. The bot's own process reports the conflicts earlier, with the
/// settings' problems (Configuration/StartupCheck); this catches any host built otherwise.
/// </summary>
internal sealed class RouteTableCheck(RouteTable table, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = Problems(table, services);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The route table is unsound: " + string.Join(" ", problems));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static List<string> Problems(RouteTable table, IServiceProvider services)
    {
        var problems = table.Conflicts().ToList();
        if (problems.Count > 0)
        {
            return problems;
        }
        using var scope = services.CreateScope();
        foreach (var route in table.Routes)
        {
            try
            {
                if (scope.ServiceProvider.GetService(route.Handler) is null)
                {
                    problems.Add($"{route.Handler.Name}, the handler for {route.Takes}, is not registered.");
                }
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"{route.Handler.Name}, the handler for {route.Takes}, cannot be built: {e.Message}");
            }
        }
        return problems;
    }
}

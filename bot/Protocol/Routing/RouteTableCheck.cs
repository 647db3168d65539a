namespace Verkostot.Bot.Protocol.Routing;

/// <summary>Fails start-up when the routing table points at a handler that cannot be built.</summary>
internal sealed class RouteTableCheck(ActivityRouteTable table, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        table.Verify(services);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

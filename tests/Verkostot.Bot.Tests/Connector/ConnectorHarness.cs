using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Testing.Connector;

namespace Verkostot.Bot.Tests.Connector;

/// <summary>A ConnectorClient wired by AddConnector (developer mode unless configured) against a FakeConnector.</summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    private ConnectorHarness(FakeConnector connector, ServiceProvider services)
    {
        Connector = connector;
        Services = services;
    }

    public FakeConnector Connector { get; }
    public ServiceProvider Services { get; }
    public ConnectorClient Client => Services.GetRequiredService<ConnectorClient>();
    public string ServiceUrl => Connector.ServiceUrl;

    public static async Task<ConnectorHarness> StartAsync(
        Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var connector = await FakeConnector.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(FastDefaults())
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var collection = new ServiceCollection().AddLogging().AddBotConfiguration(configuration).AddConnector(configuration);
        services?.Invoke(collection);
        return new ConnectorHarness(connector, collection.BuildServiceProvider(validateScopes: true));
    }

    private static Dictionary<string, string?> FastDefaults() => new()
    {
        ["Connector:RetryBaseDelay"] = "00:00:00.010",
        ["Connector:MaxRetryDelay"] = "00:00:00.050",
        ["Connector:RetryAfterCap"] = "00:00:02",
        ["Connector:AttemptTimeout"] = "00:00:05",
        ["Connector:TotalTimeout"] = "00:00:30",
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

using Azure.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Roster;
using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Messaging;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Roster;

/// <summary>
/// Roster sync as the bot wires it (<see cref="RosterServiceCollectionExtensions.AddRosterSync"/>) on a fresh SQLite
/// database, against <see cref="FakeGraph"/>. Network "pienet" is on group <see cref="GroupId"/> and coordinated by
/// Iira (Entra id <see cref="CoordinatorObjectId"/>). Also usable by the benchmark.
/// </summary>
public sealed class GraphRosterHost : IAsyncDisposable
{
    public const string GroupId = "00000000-0000-0000-0000-000000000031";
    public const string NetworkId = "pienet";
    public const string CoordinatorObjectId = "00000000-0000-0000-0000-000000000020";
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private ServiceProvider _services = null!;

    private GraphRosterHost(FakeGraph graph) => Graph = graph;

    public FakeGraph Graph { get; }
    public RecordingMessenger Messenger { get; } = new();
    public StubCredential Credential { get; } = new();
    public IServiceProvider Services => _services;
    public IDbContextFactory<VerkostotDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>();

    public static async Task<GraphRosterHost> StartAsync()
    {
        var host = new GraphRosterHost(await FakeGraph.StartAsync());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(host._database.Storage)
        {
            ["Storage:SeedDemoData"] = "false",
            ["Graph:BaseUrl"] = host.Graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TokenCredential>(host.Credential);
        services.AddCoreStorage(configuration);
        services.AddRosterSync(configuration);
        services.AddSingleton<IMessenger>(host.Messenger);
        host._services = services.BuildServiceProvider();
        await StorageInitializer.InitializeAsync(host._services, CancellationToken.None);
        await host.SeedAsync();
        return host;
    }

    public async Task<RosterSyncOutcome> SyncAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RosterSync>().SyncAsync(NetworkId, CancellationToken.None);
    }

    public async Task<NetworkMembership?> MembershipOfAsync(string objectId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await (from p in db.People
                      join m in db.NetworkMemberships on p.Id equals m.PersonId
                      where p.EntraObjectId == objectId && m.NetworkId == NetworkId
                      select m).SingleOrDefaultAsync();
    }

    private async Task SeedAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        db.Networks.Add(new Network { Id = NetworkId, Name = new LocalizedText("Pienten kuntien verkosto"), GroupId = GroupId });
        db.People.Add(new Person { Id = "iira-ainiala", Name = "Iira Ainiala", EntraObjectId = CoordinatorObjectId });
        db.RoleAssignments.Add(new RoleAssignment { PersonId = "iira-ainiala", NetworkId = NetworkId, Role = Role.Coordinator });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Graph.DisposeAsync();
        await _database.DisposeAsync();
    }
}

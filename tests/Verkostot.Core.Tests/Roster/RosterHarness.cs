using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.DemoData;
using Verkostot.Testing.Messaging;
using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Roster;

/// <summary>
/// Roster sync on a fresh SQLite database with two networks ("verkosto-a" on group-a, "verkosto-b" on group-b, both
/// coordinated by Iira, Entra id coord-1) and one network without a group; the directory and messenger are fakes.
/// </summary>
internal sealed class RosterHarness : IAsyncDisposable
{
    public const string CoordinatorObjectId = "coord-1";
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private ServiceProvider _services = null!;

    public FakeDirectory Directory { get; } = new();
    public RecordingMessenger Messenger { get; } = new();
    public static DateOnly Today { get; } = new(2026, 11, 23);

    public IDbContextFactory<VerkostotDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>();
    public RosterSyncLease Lease => _services.GetRequiredService<RosterSyncLease>();

    public static async Task<RosterHarness> StartAsync()
    {
        var harness = new RosterHarness();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(harness._database.Storage)
        {
            ["Storage:SeedDemoData"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(DemoToday.Clock);
        services.AddCoreStorage(configuration);
        services.AddRosterCore();
        services.AddSingleton<IGroupDirectory>(harness.Directory);
        services.AddSingleton<IMessenger>(harness.Messenger);
        harness._services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await StorageInitializer.InitializeAsync(harness._services, CancellationToken.None);
        await harness.SeedAsync();
        return harness;
    }

    public async Task<RosterSyncOutcome> SyncAsync(string networkId = "verkosto-a")
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RosterSync>().SyncAsync(networkId, CancellationToken.None);
    }

    public async Task AddPersonAsync(Person person, string? networkId = null)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        db.People.Add(person);
        if (networkId is not null) db.NetworkMemberships.Add(new NetworkMembership { NetworkId = networkId, PersonId = person.Id });
        await db.SaveChangesAsync();
    }

    public async Task<NetworkMembership?> MembershipAsync(string personId, string networkId = "verkosto-a")
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.NetworkMemberships.SingleOrDefaultAsync(m => m.PersonId == personId && m.NetworkId == networkId);
    }

    public async Task<Person?> PersonByObjectIdAsync(string objectId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.People.SingleOrDefaultAsync(p => p.EntraObjectId == objectId);
    }

    /// <summary>The change log, oldest first.</summary>
    public async Task<IReadOnlyList<ChangeLogEntry>> ChangeLogAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Set<ChangeLogEntry>().OrderBy(c => c.Id).ToListAsync();
    }

    public async Task<int> PeopleCountAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.People.CountAsync();
    }

    public async Task<RosterSyncState> StateAsync(string networkId = "verkosto-a")
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Set<RosterSyncState>().SingleAsync(s => s.NetworkId == networkId);
    }

    public IReadOnlyList<T> Notices<T>() where T : Notice => [.. Messenger.Sent.Select(s => s.Notice).OfType<T>()];

    public static DirectoryMember Member(string objectId, string name, string? mail = null, string? upn = null, string? userType = "Member") =>
        new(objectId, name, mail, upn ?? mail, null, userType);

    private async Task SeedAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        db.Networks.AddRange(
            new Network { Id = "verkosto-a", Name = new LocalizedText("Verkosto A"), GroupId = "group-a" },
            new Network { Id = "verkosto-b", Name = new LocalizedText("Verkosto B"), GroupId = "group-b" },
            new Network { Id = "ilman-ryhmaa", Name = new LocalizedText("Ilman ryhmää") });
        db.People.Add(new Person { Id = "iira-ainiala", Name = "Iira Ainiala", EntraObjectId = CoordinatorObjectId });
        db.RoleAssignments.AddRange(
            new RoleAssignment { PersonId = "iira-ainiala", NetworkId = "verkosto-a", Role = Role.Coordinator },
            new RoleAssignment { PersonId = "iira-ainiala", NetworkId = "verkosto-b", Role = Role.Coordinator });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}

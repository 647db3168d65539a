using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Import;
using Verkostot.Core.Networks;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.ChangeLog;

/// <summary>The change log on a freshly seeded demo database of its own for every test.</summary>
public abstract class ChangeLogContract<TFixture> : IAsyncLifetime
    where TFixture : StorageFixture, new()
{
    private static readonly ChangeActor Iira = new("iira-ainiala", "Iira Ainiala", ChangeChannel.Chat);
    private static readonly ChangeActor Operator = ChangeActor.ImportCommand("ylläpitäjä");
    private readonly TFixture _fixture = new();

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        await StorageInitializer.InitializeAsync(_fixture.Services, CancellationToken.None);
    }

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task BindAsync_NewTeam_LogsTheBindingFieldsByTheCoordinator()
    {
        await Binding().BindAsync("kehyskunnat", "19:uusi@thread.tacv2", "19:kanava@thread.tacv2", null, Iira, CancellationToken.None);

        var entry = Assert.Single((await Query().ListAsync(new ChangeLogFilter(), CancellationToken.None)).Entries);
        Assert.Equal((ChangedKind.Network, "kehyskunnat", "kehyskunnat", ChangeAction.Changed, "teamId, channelId"),
            (entry.Kind, entry.EntityId, entry.NetworkId, entry.Action, entry.Summary));
        Assert.Equal(("iira-ainiala", ChangeChannel.Chat), (entry.ActorPersonId, entry.Channel));
    }

    [Fact]
    public async Task ApplyAsync_Import_LogsEachAddedChangedAndRemovedElementButNotTheKeptOnes()
    {
        var file = """
            {
              "people": [ { "id": "anna-virtanen", "name": "Anna Virtanen" } ],
              "networks": [ { "id": "kehyskunnat", "name": { "fi": "Kehyskuntaverkosto" },
                              "roles": [ { "personId": "anna-virtanen", "role": "Coordinator" } ] } ],
              "meetings": [ { "networkId": "kehyskunnat", "start": "2027-02-09T09:00", "duration": "PT2H" } ]
            }
            """;
        var outcome = await Import().ApplyAsync(Encoding.UTF8.GetBytes(file), Operator, null, CancellationToken.None);

        var log = await AllAsync();
        var logged = outcome.Plan!.Changes.Count(c => c.Action != PlannedAction.Keep);
        Assert.Equal(logged, log.Count);
        Assert.All(log, c => Assert.Equal((null, "ylläpitäjä", ChangeChannel.Import), (c.ActorPersonId, c.ActorName, c.Channel)));
        Assert.Contains(log, c => c is { Kind: ChangedKind.Person, EntityId: "anna-virtanen", Action: ChangeAction.Added });
        Assert.Contains(log, c => c is { Kind: ChangedKind.Network, EntityId: "suuret-kaupungit", Action: ChangeAction.Removed });
        Assert.DoesNotContain(log, c => c.EntityId == "pienet-kunnat");
        var meetingId = (await CatalogAsync()).MeetingsOf("kehyskunnat").Single(m => m.StartsAt.Year == 2027).Id;
        Assert.Contains(log, c => c is { Kind: ChangedKind.Meeting, Action: ChangeAction.Added, NetworkId: "kehyskunnat" } && c.EntityId == meetingId.ToString());
    }

    [Fact]
    public async Task ApplyAsync_InvalidOrStale_LogsNothing()
    {
        await Import().ApplyAsync(Encoding.UTF8.GetBytes("{ \"people\": [ { \"id\": \"Bad Id\" } ] }"), Operator, null, CancellationToken.None);
        await Import().ApplyAsync(Encoding.UTF8.GetBytes("{ }"), Operator, "not-the-plan", CancellationToken.None);

        Assert.Empty(await AllAsync());
    }

    [Fact]
    public async Task ListAsync_CoordinatorsNetworks_OnlyTheirEntriesNewestFirstInPages()
    {
        for (var i = 0; i < 5; i++)
        {
            await Binding().BindAsync("kehyskunnat", $"19:team{i}@thread.tacv2", $"19:channel{i}@thread.tacv2", null, Iira, CancellationToken.None);
            await Binding().BindAsync("suuret-kaupungit", $"19:other{i}@thread.tacv2", $"19:c{i}@thread.tacv2", null, Iira, CancellationToken.None);
        }

        var first = await Query().ListAsync(new ChangeLogFilter(NetworkIds: ["kehyskunnat"], PageSize: 3), CancellationToken.None);
        var second = await Query().ListAsync(new ChangeLogFilter(NetworkIds: ["kehyskunnat"], PageSize: 3, Before: first.NextBefore), CancellationToken.None);

        Assert.All(first.Entries.Concat(second.Entries), c => Assert.Equal("kehyskunnat", c.NetworkId));
        Assert.Equal(3, first.Entries.Count);
        Assert.Equal(2, second.Entries.Count);
        Assert.Null(second.NextBefore);
        var ids = first.Entries.Concat(second.Entries).Select(c => c.Id).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
    }

    private async Task<IReadOnlyList<ChangeLogEntry>> AllAsync()
    {
        await using var db = await _fixture.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync();
        return await db.Set<ChangeLogEntry>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    private TeamBinding Binding() => ActivatorUtilities.CreateInstance<TeamBinding>(_fixture.Services);

    private CatalogImport Import() => _fixture.Services.GetRequiredService<CatalogImport>();

    private ChangeLogQuery Query() => _fixture.Services.GetRequiredService<ChangeLogQuery>();

    private ValueTask<NetworkCatalog> CatalogAsync() => _fixture.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
}

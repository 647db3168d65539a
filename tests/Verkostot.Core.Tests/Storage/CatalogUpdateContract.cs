using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Core.Tests.Storage;

/// <summary>
/// How the catalog follows saves on every provider: only what a save changed is read again, at its commit, never a
/// rolled-back or half-applied change; other instances' changes arrive by a background refresh.
/// </summary>
public abstract class CatalogUpdateContract : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly HoldReadOfBodies _hold = new();
    private ThrowawayDatabase? _database;
    private ServiceProvider _services = null!;

    protected abstract Task<ThrowawayDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _services = Instance(services =>
        {
            services.ConfigureDbContext<SqliteVerkostotDbContext>(o => o.AddInterceptors(_hold));
            services.ConfigureDbContext<PostgresVerkostotDbContext>(o => o.AddInterceptors(_hold));
        });
        await StorageInitializer.InitializeAsync(_services, CancellationToken.None);
    }

    /// <summary>An instance of the bot's storage on the test's database.</summary>
    private ServiceProvider Instance(Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(_database!.Storage)
            .AddInMemoryCollection([new("Storage:SeedDemoData", "true"), new("Storage:CatalogRefreshSeconds", "60")])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddCoreStorage(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    [Fact]
    public async Task GetAsync_AfterAMeetingIsEdited_KeepsTheIndexesOfEverythingElse()
    {
        var before = await Catalog();
        var meetingId = before.Meetings[0].Id;
        await using (var db = Context())
        {
            (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Place = "Kuntatalo, Helsinki";
            await db.SaveChangesAsync();
        }

        var after = await Catalog();

        Assert.Equal("Kuntatalo, Helsinki", after.MeetingsById[meetingId].Place);
        Assert.NotSame(before.MeetingsById, after.MeetingsById);
        Assert.Same(before.PeopleById, after.PeopleById);
        Assert.Same(before.BodiesById, after.BodiesById);
        Assert.Same(before.RolesByPerson, after.RolesByPerson);
    }

    [Fact]
    public async Task GetAsync_AfterChangesOfEveryKind_EqualsReadingEverythingAgain()
    {
        await Catalog();
        await using (var db = Context())
        {
            (await db.Regions.OrderBy(r => r.Id).FirstAsync()).Name = new LocalizedText("Muutettu alue");
            (await db.Municipalities.SingleAsync(m => m.Id == "isojoki")).NameSv = "Storå (muutettu)";
            (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Title = new LocalizedText("Kunnanjohtaja", "Kommundirektör");
            db.People.Add(new Person { Id = "aaa-uusi-henkilo", Name = "Aino Uusi" });
            db.RoleAssignments.Add(new RoleAssignment { PersonId = "aaa-uusi-henkilo", NetworkId = "pienet-kunnat", Role = Role.Coordinator });
            (await db.Networks.SingleAsync(n => n.Id == "kehyskunnat")).Residents = 123_456;
            var presidium = await db.Bodies.Include(b => b.Terms).ThenInclude(t => t.Seats).SingleAsync(b => b.Id == "pienet-kunnat-puheenjohtajisto");
            presidium.Terms[0].Seats[0].DeputyId = "aaa-uusi-henkilo";
            db.Remove(await db.NetworkMemberships.OrderBy(m => m.Id).FirstAsync());
            db.Remove(await db.Meetings.OrderBy(m => m.Id).FirstAsync());
            var startsAt = new DateTimeOffset(2027, 1, 12, 7, 0, 0, TimeSpan.Zero);
            db.Meetings.Add(new Meeting { NetworkId = "pienet-kunnat", StartsAt = startsAt, EndsAt = startsAt.AddHours(2), Agenda = ["Talousarvio"] });
            (await db.PriorityItems.OrderBy(i => i.Id).FirstAsync()).Heading = new LocalizedText("Uusi otsikko");
            await db.SaveChangesAsync();
        }

        var updated = await Catalog();

        await using var fresh = Context();
        Assert.Equal(Json(NetworkCatalog.Create(await CatalogReader.ReadAsync(fresh, CancellationToken.None))), Json(updated));
        Assert.Equal("aaa-uusi-henkilo", updated.BodiesById["pienet-kunnat-puheenjohtajisto"].Terms[0].Seats[0].DeputyId);
        Assert.Contains(updated.NetworksCoordinatedByPerson("aaa-uusi-henkilo", new DateOnly(2026, 11, 23)), n => n.Id == "pienet-kunnat");
    }

    [Fact]
    public async Task GetAsync_DuringAnUncommittedTransaction_ShowsOnlyCommittedData()
    {
        await Catalog();
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Name = "Juha Muutettu";
        await db.SaveChangesAsync();

        Assert.Equal("Juha Herrala", (await Catalog()).PeopleById["juha-herrala"].Name);
        await transaction.CommitAsync();
        Assert.Equal("Juha Muutettu", (await Catalog()).PeopleById["juha-herrala"].Name);
    }

    [Fact]
    public async Task GetAsync_AfterARolledBackTransaction_KeepsTheSnapshot()
    {
        var before = await Catalog();
        await using (var db = Context())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Name = "Juha Muutettu";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Same(before, await Catalog());
    }

    [Fact]
    public async Task GetAsync_AfterTheRefreshInterval_AnswersAtOnceAndReadsOtherInstancesChangesInTheBackground()
    {
        var before = await Catalog();
        await using (var other = Instance())
        await using (var db = other.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext())
        {
            (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Name = "Juha Toinen";
            await db.SaveChangesAsync();
        }
        Assert.Same(before, await Catalog());

        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Same(before, await Catalog());
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Catalog()).PeopleById["juha-herrala"].Name != "Juha Toinen" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Equal("Juha Toinen", (await Catalog()).PeopleById["juha-herrala"].Name);
    }

    [Fact]
    public async Task GetAsync_AfterARefreshThatFindsNothingNew_KeepsTheCatalogAndItsIndexes()
    {
        var before = await Catalog();
        var builds = 0;
        var index = new DerivedIndex<object>(_ => new object[] { ++builds }, c => c.People, c => c.Bodies, c => c.Networks);
        index.Of(before);

        await RefreshAsync();
        var after = await Catalog();

        Assert.Same(before, after);
        index.Of(after);
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task GetAsync_AfterARefreshThatFindsAnotherInstancesChange_ReplacesOnlyTheChangedList()
    {
        var before = await Catalog();
        await RenameInAnotherInstanceAsync("juha-herrala", "Juha Toinen");

        await RefreshAsync();
        var after = await Catalog();

        Assert.Equal("Juha Toinen", after.PeopleById["juha-herrala"].Name);
        Assert.NotSame(before.People, after.People);
        Assert.Equal<object>(OtherLists(before), OtherLists(after), ReferenceEqualityComparer.Instance);

        static object[] OtherLists(NetworkCatalog catalog) =>
            [catalog.Regions, catalog.Municipalities, catalog.Networks, catalog.Bodies, catalog.Roles, catalog.Memberships, catalog.Content.Meetings, catalog.PriorityDocuments];
    }

    [Fact]
    public async Task GetAsync_AfterARefreshThatFindsAnotherInstancesChange_RebuildsOnlyTheIndexesOfTheChangedList()
    {
        var ofPeople = new DerivedIndex<object>(_ => new object(), c => c.People);
        var ofMeetings = new DerivedIndex<object>(_ => new object(), c => c.Meetings, c => c.Networks);
        var before = await Catalog();
        var (peopleBefore, meetingsBefore) = (ofPeople.Of(before), ofMeetings.Of(before));
        await RenameInAnotherInstanceAsync("juha-herrala", "Juha Toinen");

        await RefreshAsync();
        var after = await Catalog();

        Assert.NotSame(peopleBefore, ofPeople.Of(after));
        Assert.Same(meetingsBefore, ofMeetings.Of(after));
    }

    [Fact]
    public async Task GetAsync_AfterARefreshWhoseReadPrecedesASaveHere_StillShowsTheSave()
    {
        await Catalog();
        // The refresh takes its view of the database and is held after its first read; meanwhile this instance saves.
        _hold.Arm();
        _clock.Advance(TimeSpan.FromSeconds(61));
        await Catalog();
        await _hold.Held.WaitAsync(TimeSpan.FromSeconds(30));
        await using (var db = Context())
        {
            (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Name = "Juha Oma";
            await db.SaveChangesAsync();
        }
        Assert.Equal("Juha Oma", (await Catalog()).PeopleById["juha-herrala"].Name);

        _hold.Release();
        await Source().LastRefresh!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Juha Oma", (await Catalog()).PeopleById["juha-herrala"].Name);
    }

    [Fact]
    public async Task GetAsync_AfterABulkUpdateOfSeatsIsCommitted_SeesIt()
    {
        var before = await Catalog();
        await using (var db = Context())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Seats.Where(s => s.MemberId == "juha-herrala").ExecuteUpdateAsync(s => s.SetProperty(x => x.MemberId, "taina-vare"));
            Assert.Same(before, await Catalog());
            await transaction.CommitAsync();
        }

        var after = await Catalog();

        Assert.DoesNotContain(after.Bodies.SelectMany(b => b.Terms).SelectMany(t => t.Seats), s => s.MemberId == "juha-herrala");
        Assert.Same(before.PeopleById, after.PeopleById);
    }

    [Fact]
    public async Task GetAsync_WhileTransactionsChangeTwoKindsTogether_NeverShowsHalfOfOne()
    {
        var meetingId = (await Catalog()).Meetings[0].Id;
        using var stop = new CancellationTokenSource();
        var readers = StartReadersMatchingNameAndPlace(meetingId, stop.Token);
        // Every reader reads before the first write and keeps reading through all of them.
        await readers.Started.WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 1; i <= 30; i++)
        {
            await using var db = Context();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Name = $"Juha Herrala #{i}";
                (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Place = $"Sali #{i}";
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
        }
        stop.Cancel();

        Assert.All(await readers.Reads, seen => Assert.True(seen > 0));
        Assert.Equal("Sali #30", (await Catalog()).MeetingsById[meetingId].Place);
    }

    [Fact]
    public async Task GetAsync_WhileOneRowOfATransactionIsAlsoSavedAlone_NeverShowsHalfOfTheTransaction()
    {
        // The lone saves of the person's e-mail keep the person in almost every change set a reader applies, so a
        // reader whose database view already holds a transaction's commit, but whose change set does not yet name the
        // transaction's meeting, would show the new name beside the old place.
        var meetingId = (await Catalog()).Meetings[0].Id;
        using var stop = new CancellationTokenSource();
        var readers = StartReadersMatchingNameAndPlace(meetingId, stop.Token);
        var lone = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await using var db = Context();
                await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Email = $"juha.{i}@example.org";
                    await db.SaveChangesAsync();
                });
            }
        });
        await readers.Started.WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 1; i <= 60; i++)
        {
            await using var db = Context();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                // An update writes only the columns changed, so the lone e-mail saves never overwrite the name.
                (await db.People.SingleAsync(p => p.Id == "juha-herrala")).Name = $"Juha Herrala #{i}";
                (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Place = $"Sali #{i}";
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
        }
        stop.Cancel();
        await lone;

        Assert.All(await readers.Reads, seen => Assert.True(seen > 0));
        var after = await Catalog();
        Assert.Equal(("Juha Herrala #60", "Sali #60"), (after.PeopleById["juha-herrala"].Name, after.MeetingsById[meetingId].Place));
    }

    /// <summary>
    /// Three readers reading the catalog until <paramref name="stop"/>, each asserting on every read that Juha Herrala's
    /// name and the meeting's place carry the same "#n" mark (or none), so that no read shows half of a transaction.
    /// </summary>
    private ConsistencyReaders StartReadersMatchingNameAndPlace(int meetingId, CancellationToken stop)
    {
        var reading = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var readers = reading.Select(started => Task.Run(async () =>
        {
            var seen = 0;
            while (!stop.IsCancellationRequested)
            {
                var catalog = await Catalog();
                var name = catalog.PeopleById["juha-herrala"].Name;
                var place = catalog.MeetingsById[meetingId].Place ?? "";
                Assert.Equal(name.Contains('#') ? name[name.IndexOf('#')..] : "", place.Contains('#') ? place[place.IndexOf('#')..] : "");
                if (seen++ == 0) started.SetResult();
                // A current catalog answers synchronously: without a yield three readers would hold the pool's
                // threads, and on a busy 2-core machine a reader could start only after the last write.
                await Task.Yield();
            }
            return seen;
        })).ToList();
        return new ConsistencyReaders(Task.WhenAll(reading.Select(started => started.Task)), Task.WhenAll(readers));
    }

    /// <param name="Started">Done when every reader has read once.</param>
    /// <param name="Reads">Each reader's number of reads, once all have stopped (or the first failed assertion).</param>
    private sealed record ConsistencyReaders(Task Started, Task<int[]> Reads);

    /// <summary>Lets the refresh interval pass and waits for the background refresh that the next read starts.</summary>
    private async Task RefreshAsync()
    {
        _clock.Advance(TimeSpan.FromSeconds(61));
        await Catalog();
        await Source().LastRefresh!.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Saved by another instance of the bot: this one learns of it only by reading the database again.</summary>
    private async Task RenameInAnotherInstanceAsync(string personId, string name)
    {
        await using var other = Instance();
        await using var db = other.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();
        (await db.People.SingleAsync(p => p.Id == personId)).Name = name;
        await db.SaveChangesAsync();
    }

    private DbCatalogSource Source() => (DbCatalogSource)_services.GetRequiredService<ICatalogSource>();

    private async Task<NetworkCatalog> Catalog() => await _services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);

    private VerkostotDbContext Context() => _services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();

    /// <summary>Once armed, holds the first read of the bodies (the refresh's first read, after its view is taken) until released.</summary>
    private sealed class HoldReadOfBodies : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public Task Held => _held.Task;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public void Release() => _released.TrySetResult();

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"Bodies\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _held.TrySetResult();
                await _released.Task;
            }
            return result;
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Every list in its order, every entity with every field.
    private static string Json(NetworkCatalog catalog) => JsonSerializer.Serialize(catalog.Content, Indented);
}

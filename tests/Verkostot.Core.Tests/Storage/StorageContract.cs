using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.DemoData;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Storage;

/// <summary>What storage must do on every provider; each provider's test class runs these on its own database.</summary>
public abstract class StorageContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : StorageFixture
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    protected IServiceProvider Services => fixture.Services;

    public Task InitializeAsync() => StorageInitializer.InitializeAsync(Services, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task InitializeAsync_EmptyDatabase_SeedsDemoCatalog()
    {
        var catalog = await Catalog();
        var chair = catalog.RolesIn("pienet-kunnat").Single(r => r.Role == Role.Chair);
        Assert.Equal("Juha Herrala", catalog.PeopleById[chair.PersonId].Name);
        Assert.Equal(7, catalog.Networks.Count);
    }

    [Fact]
    public async Task InitializeAsync_SecondStart_AddsNothing()
    {
        var before = await Counts();
        await StorageInitializer.InitializeAsync(Services, CancellationToken.None);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Model_MatchesMigrations()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task GetAsync_AfterSeeding_RoundTripsTheDemoContent()
    {
        var stored = await Catalog();
        var expected = NetworkCatalog.Create(DemoDataSet.Load(DemoToday.Clock));
        Assert.Equal(Describe(expected), Describe(stored));
        var network = stored.NetworksById["pienet-kunnat"];
        Assert.Equal(expected.NetworksById["pienet-kunnat"].Themes, network.Themes);
        Assert.Equal("Nätverket för små kommuner", network.Name.Sv);
        Assert.Equal(DatePrecision.Month, network.FoundedPrecision);
        Assert.Equal(expected.NetworksById["pienet-kunnat"].Details, network.Details);
        Assert.Equal(expected.NetworksById["pienet-kunnat"].Attribution, network.Attribution);
        Assert.Equal(expected.PeopleById["taina-vare"].Responsibilities, stored.PeopleById["taina-vare"].Responsibilities);
        Assert.Equal(expected.PeopleById["taina-vare"].Attribution, stored.PeopleById["taina-vare"].Attribution);
        Assert.Equal(expected.Roles.Select(r => r.Attribution), stored.Roles.Select(r => r.Attribution));
        Assert.Equal(expected.BodiesById["pienet-kunnat-puheenjohtajisto"].Terms.Single().SourceId, stored.BodiesById["pienet-kunnat-puheenjohtajisto"].Terms.Single().SourceId);
        Assert.Equal(expected.NetworksById["pienet-kunnat"].Sources, network.Sources);
        var presidium = stored.BodiesById["pienet-kunnat-puheenjohtajisto"];
        Assert.Equal(["Etelä-Karjala", "Kanta-Häme", "Kymenlaakso", "Päijät-Häme", "Uusimaa", "Varsinais-Suomi"],
            presidium.Terms[0].Seats.Single(s => s.RegionId == "etela-suomi").Maakunnat);
        Assert.Equal(["+358 9 771 2030", "+358 50 462 7279"], stored.PeopleById["taina-vare"].Phones);
    }

    [Fact]
    public async Task GetAsync_AfterSavingAMeeting_SeesIt()
    {
        var source = Services.GetRequiredService<ICatalogSource>();
        var before = (await source.GetAsync(CancellationToken.None)).Meetings.Count;
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            var startsAt = HelsinkiTime.ToUtc(new DateOnly(2027, 6, 8), new TimeOnly(9, 0));
            db.Meetings.Add(new Meeting { NetworkId = "kehyskunnat", StartsAt = startsAt, EndsAt = startsAt.AddHours(1), Agenda = ["Kesäkokous"] });
            await db.SaveChangesAsync();
        }
        var after = await source.GetAsync(CancellationToken.None);
        Assert.Equal(before + 1, after.Meetings.Count);
        Assert.Equal(["Kesäkokous"], after.MeetingsOf("kehyskunnat").Single(m => m.StartsAt.Year == 2027 && m.StartsAt.Month == 6).Agenda);
    }

    [Fact]
    public async Task GetAsync_Unchanged_ReturnsTheSameSnapshot()
    {
        var source = Services.GetRequiredService<ICatalogSource>();
        var first = await source.GetAsync(CancellationToken.None);
        Assert.Same(first, await source.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Meetings_OrderedByStartInTheDatabase_FollowUtc()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var from = HelsinkiTime.ToUtc(Today, new TimeOnly(12, 0));
        var next = await db.Meetings.Where(m => m.NetworkId == "pienet-kunnat" && m.StartsAt > from).OrderBy(m => m.StartsAt).FirstAsync();
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0), HelsinkiTime.ToLocal(next.StartsAt));
    }

    [Fact]
    public async Task UpsertAsync_NewConversation_CanBeFound()
    {
        var store = Store();
        var reference = Reference("personal");
        await store.UpsertAsync(reference, CancellationToken.None);
        var found = await store.FindAsync(reference.ConversationId, CancellationToken.None);
        Assert.Equal((reference.ServiceUrl, reference.UserAadObjectId), (found!.ServiceUrl, found.UserAadObjectId));
    }

    [Fact]
    public async Task UpsertAsync_SameConversationTwice_KeepsOneRefreshedRow()
    {
        var store = Store();
        var reference = Reference("personal");
        await store.UpsertAsync(reference, CancellationToken.None);
        reference.ServiceUrl = "http://127.0.0.1:5999/changed/";
        await store.UpsertAsync(reference, CancellationToken.None);
        await using var db = await Contexts().CreateDbContextAsync();
        var rows = await db.ConversationReferences.Where(c => c.ConversationId == reference.ConversationId).ToListAsync();
        Assert.Equal("http://127.0.0.1:5999/changed/", Assert.Single(rows).ServiceUrl);
    }

    [Fact]
    public async Task UpsertAsync_SeveralAtOnce_InsertsNewRefreshesKnownAndTakesTheLaterOfTwins()
    {
        var store = Store();
        var known = Reference("personal");
        await store.UpsertAsync(known, CancellationToken.None);
        var changed = Reference("personal");
        changed.ConversationId = known.ConversationId;
        changed.ServiceUrl = "http://127.0.0.1:5999/changed/";
        var fresh = Reference("groupChat");
        var freshLater = Reference("groupChat");
        freshLater.ConversationId = fresh.ConversationId;
        freshLater.ServiceUrl = "http://127.0.0.1:5999/later/";

        await store.UpsertAsync([changed, fresh, freshLater], CancellationToken.None);

        await using var db = await Contexts().CreateDbContextAsync();
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(c => c.ConversationId == known.ConversationId || c.ConversationId == fresh.ConversationId).ToListAsync();
        Assert.Equal(
            new[] { (known.ConversationId, "http://127.0.0.1:5999/changed/"), (fresh.ConversationId, "http://127.0.0.1:5999/later/") },
            rows.Select(r => (r.ConversationId, r.ServiceUrl)).OrderBy(r => r.ConversationId == fresh.ConversationId).ToArray());
    }

    [Fact]
    public async Task UpsertAsync_LaterReferenceWithoutUser_KeepsTheLastKnownUserAndTakesTheRest()
    {
        var store = Store();
        var known = Reference("channel");
        (known.UserId, known.UserName, known.Locale) = ("29:u1", "Iira Ainiala", "fi-FI");
        known.UpdatedAt = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        await store.UpsertAsync(known, CancellationToken.None);
        var later = Reference("channel");
        later.ConversationId = known.ConversationId;
        (later.UserId, later.UserName, later.UserAadObjectId, later.Locale) = (null, null, null, null);
        later.ServiceUrl = "http://127.0.0.1:5999/later/";
        later.UpdatedAt = known.UpdatedAt.AddMinutes(5);

        await store.UpsertAsync(later, CancellationToken.None);

        var found = await store.FindAsync(known.ConversationId, CancellationToken.None);
        Assert.Equal((known.UserId, known.UserName, known.UserAadObjectId, known.Locale, "http://127.0.0.1:5999/later/", later.UpdatedAt),
            (found!.UserId, found.UserName, found.UserAadObjectId, found.Locale, found.ServiceUrl, found.UpdatedAt));
    }

    [Fact]
    public async Task RemoveAsync_KnownConversation_ForgetsIt()
    {
        var store = Store();
        var reference = Reference("groupChat");
        await store.UpsertAsync(reference, CancellationToken.None);
        await store.RemoveAsync(reference.ConversationId, CancellationToken.None);
        Assert.Null(await store.FindAsync(reference.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task FindPersonalAsync_ByAadObjectId_IgnoresChannels()
    {
        var store = Store();
        var personal = Reference("personal");
        var channel = Reference("channel");
        channel.UserAadObjectId = personal.UserAadObjectId;
        await store.UpsertAsync(personal, CancellationToken.None);
        await store.UpsertAsync(channel, CancellationToken.None);
        var found = await store.FindPersonalAsync(personal.UserAadObjectId!, CancellationToken.None);
        Assert.Equal(personal.ConversationId, found!.ConversationId);
    }

    [Fact]
    public async Task FindInTeamAsync_ChannelOfTeam_IsFound()
    {
        var store = Store();
        var channel = Reference("channel");
        await store.UpsertAsync(channel, CancellationToken.None);
        Assert.Equal(channel.ConversationId, (await store.FindInTeamAsync(channel.TeamId!, CancellationToken.None))!.ConversationId);
    }

    private IConversationReferenceStore Store() => Services.CreateScope().ServiceProvider.GetRequiredService<IConversationReferenceStore>();

    private IDbContextFactory<VerkostotDbContext> Contexts() => Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>();

    private ValueTask<NetworkCatalog> Catalog() => Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);

    private async Task<(int, int, int, int, int)> Counts()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return (await db.Networks.CountAsync(), await db.People.CountAsync(), await db.Terms.CountAsync(), await db.Seats.CountAsync(), await db.PriorityItems.CountAsync());
    }

    private static ConversationReference Reference(string type)
    {
        var id = Guid.NewGuid().ToString("N");
        return new ConversationReference
        {
            ConversationId = type == "channel" ? $"19:{id}@thread.tacv2" : $"a:{id}",
            ConversationType = type,
            ServiceUrl = "http://127.0.0.1:5999/",
            ChannelId = "msteams",
            TenantId = "tenant",
            UserAadObjectId = Guid.NewGuid().ToString(),
            TeamId = type == "channel" ? $"19:team-{id}@thread.tacv2" : null,
        };
    }

    // A flat description of the facts that must survive the database, independent of numeric ids.
    private static List<string> Describe(NetworkCatalog catalog) =>
    [
        .. catalog.Networks.Select(n => $"network {n.Id} {n.Name.Fi} {n.MunicipalityCount} {n.Residents} {n.Founded} {n.TeamId}").Order(),
        .. catalog.Bodies.SelectMany(b => b.Terms.Select(t => (b, t))).SelectMany(x => x.t.Seats.Select(s =>
            $"seat {x.b.Id} {x.t.Start} {x.t.End} {x.t.IsDemo} {s.RegionId} {s.MemberId} {s.DeputyId}")).Order(),
        .. catalog.Roles.Select(r => $"role {r.NetworkId} {r.BodyId} {r.PersonId} {r.Role} {r.From} {r.Until} {r.IsDemo}").Order(),
        .. catalog.People.Select(p => $"person {p.Id} {p.Name} {p.Title?.Sv} {p.MunicipalityId} {p.EntraObjectId}").Order(),
        .. catalog.Municipalities.Select(m => $"municipality {m.Id} {m.NameSv} {m.Maakunta} {m.Language}").Order(),
        .. catalog.Meetings.Where(m => m.IsDemo).Select(m => $"meeting {m.NetworkId} {m.Kind} {m.StartsAt:O} {m.EndsAt:O} {m.Title?.Fi} {string.Join("|", m.Agenda)} {m.IsDemo}").Order(),
        .. catalog.PriorityDocuments.SelectMany(d => d.Items.Select(i => $"item {d.Id} {d.ApprovedOn} {i.Category} {i.Heading.Fi} {string.Join("|", i.Points)}")).Order(),
    ];
}

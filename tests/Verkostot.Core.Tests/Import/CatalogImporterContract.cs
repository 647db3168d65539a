using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Import;

/// <summary>Import on a freshly seeded demo database of its own for every test.</summary>
public abstract class CatalogImporterContract<TFixture> : IAsyncLifetime
    where TFixture : StorageFixture, new()
{
    private const string File = """
        {
          "people": [ { "id": "anna-virtanen", "name": "Anna Virtanen" } ],
          "networks": [
            { "id": "pienet-kunnat", "name": { "fi": "Pienten kuntien verkosto" },
              "roles": [ { "personId": "anna-virtanen", "role": "Coordinator" } ] }
          ],
          "meetings": [
            { "networkId": "pienet-kunnat", "start": "2027-02-09T09:00", "duration": "PT2H", "agenda": ["Talousarvio"] }
          ]
        }
        """;

    private readonly TFixture fixture = new();

    public async Task InitializeAsync()
    {
        await fixture.InitializeAsync();
        await StorageInitializer.InitializeAsync(fixture.Services, CancellationToken.None);
    }

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task ImportAsync_ValidFile_ReplacesTheDemoData()
    {
        var outcome = await Import(File);
        Assert.True(outcome.Succeeded);
        var catalog = await Catalog();
        Assert.Equal(["pienet-kunnat"], catalog.Networks.Select(n => n.Id));
        Assert.Equal("anna-virtanen", catalog.RolesIn("pienet-kunnat").Single().PersonId);
        Assert.Equal(["Talousarvio"], Assert.Single(catalog.Meetings).Agenda);
    }

    [Fact]
    public async Task ImportAsync_InvalidFile_ChangesNothing()
    {
        var before = await Catalog();
        var outcome = await Import(File.Replace("\"personId\": \"anna-virtanen\"", "\"personId\": \"anna-virtane\""));
        Assert.Equal(5, Assert.Single(outcome.Errors).Line);
        var after = await Catalog();
        Assert.Equal(before.Networks.Count, after.Networks.Count);
        Assert.Equal(before.Meetings.Count, after.Meetings.Count);
    }

    [Fact]
    public async Task ImportAsync_MeetingEnteredInTheBot_IsKept()
    {
        await using (var db = await fixture.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync())
        {
            var startsAt = HelsinkiTime.ToUtc(new DateOnly(2027, 3, 16), new TimeOnly(13, 0));
            db.Meetings.Add(new Meeting { NetworkId = "pienet-kunnat", Kind = MeetingKind.ThematicMeeting, StartsAt = startsAt, EndsAt = startsAt.AddHours(1) });
            await db.SaveChangesAsync();
        }
        var outcome = await Import(File);
        Assert.Equal(1, outcome.Replaced!.MeetingsKept);
        Assert.Equal(2, (await Catalog()).MeetingsOf("pienet-kunnat").Count);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_DoesNotDuplicateMeetings()
    {
        await Import(File);
        await Import(File);
        Assert.Single((await Catalog()).Meetings);
    }

    [Fact]
    public async Task ImportAsync_DryRun_ChangesNothing()
    {
        var before = (await Catalog()).Networks.Count;
        var outcome = await CatalogImporter.ImportAsync(fixture.Services, Encoding.UTF8.GetBytes(File), dryRun: true, CancellationToken.None);
        Assert.True(outcome.Succeeded);
        Assert.Equal(before, (await Catalog()).Networks.Count);
    }

    private Task<ImportOutcome> Import(string json) =>
        CatalogImporter.ImportAsync(fixture.Services, Encoding.UTF8.GetBytes(json), dryRun: false, CancellationToken.None);

    private ValueTask<NetworkCatalog> Catalog() => fixture.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
}

public sealed class SqliteCatalogImporterTests : CatalogImporterContract<SqliteStorageFixture>;

public sealed class PostgresCatalogImporterTests : CatalogImporterContract<PostgresStorageFixture>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Core.Announcements;
using Verkostot.Core.Email;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;
using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Announcements;

/// <summary>
/// Announcements on a PostgreSQL database of their own, shared by several instances (each its own service provider
/// and context factory, as separate processes have), under one fake clock.
/// </summary>
public sealed class PostgresLedgerWorld : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];
    private readonly ThrowawayDatabase _database;
    private readonly AnnouncementOptions _options;

    private PostgresLedgerWorld(ThrowawayDatabase database, AnnouncementOptions options)
    {
        _database = database;
        _options = options;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    public AnnouncementAuthor Author { get; } =
        AnnouncementAuthor.Find(AnnouncementCatalog.Create(), "aad-k", AnnouncementCatalog.Today)!;

    public static async Task<PostgresLedgerWorld> CreateAsync(Action<AnnouncementOptions>? configure = null)
    {
        var database = await ThrowawayDatabase.PostgresAsync("verkostot_ann");
        var options = new AnnouncementOptions();
        configure?.Invoke(options);
        var world = new PostgresLedgerWorld(database, options);
        await StorageInitializer.InitializeAsync(world.AddInstance().Services, CancellationToken.None);
        return world;
    }

    /// <summary>Another instance on the same database.</summary>
    public Instance AddInstance()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_database.Storage)
        {
            ["Storage:SeedDemoData"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddCoreStorage(configuration);
        services.AddSingleton(Options.Create(_options));
        services.AddOutbox();
        services.AddEmailFallback();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<AnnouncementStore>();
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(built);
        return new Instance(built);
    }

    /// <summary>A confirmed announcement, due now, not started yet.</summary>
    public async Task<Guid> ScheduleAsync(Instance on)
    {
        var draft = await on.Store.CreateDraftAsync(Author, new ValidDraft(AnnouncementCatalog.NetworkId, "Kokouskutsu", "Tervetuloa.", null,
            AnnouncementAudience.ChannelAndMembers, null), CancellationToken.None);
        Assert.True((await on.Store.ConfirmAsync(draft.Id, Author, null, CancellationToken.None)).Done);
        return draft.Id;
    }

    /// <summary>A started announcement with one ledger row per recipient.</summary>
    public async Task<Guid> StartAsync(Instance on, int recipients)
    {
        var id = await ScheduleAsync(on);
        Assert.True(await on.Ledger.StartAsync(id, _ => Recipients(recipients), CancellationToken.None));
        return id;
    }

    public static IReadOnlyList<PlannedRecipient> Recipients(int count) =>
        [.. Enumerable.Range(0, count).Select(i => PlannedRecipient.ForPerson($"jasen-{i}", $"Jäsen {i:D3}", $"aad-{i}"))];

    public async Task<List<AnnouncementMessage>> RowsAsync(Guid id)
    {
        await using var db = await _providers[0].GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync();
        return await db.Set<AnnouncementMessage>().AsNoTracking().Where(d => d.AnnouncementId == id).OrderBy(d => d.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    /// <summary>One instance's ledger and store.</summary>
    public sealed class Instance(ServiceProvider services)
    {
        public ServiceProvider Services { get; } = services;
        public DeliveryLedger Ledger => Services.GetRequiredService<DeliveryLedger>();
        public AnnouncementStore Store => Services.GetRequiredService<AnnouncementStore>();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Core.Announcements;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Outbox;

/// <summary>
/// The outbox on a database of its own (SQLite or PostgreSQL), shared by any number of instances (each its own
/// service provider and context factory, as separate processes have) under one fake clock. Rows of both features
/// go into the one table.
/// </summary>
public sealed class OutboxWorld : IAsyncDisposable
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly List<ServiceProvider> _providers = [];
    private readonly ThrowawayDatabase _database;

    private OutboxWorld(ThrowawayDatabase database) => _database = database;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero));

    public bool IsPostgres => _database.Provider == "PostgreSql";

    /// <param name="provider">"Sqlite" or "PostgreSql".</param>
    /// <param name="migrate">False leaves the database empty, for a test that migrates it step by step.</param>
    public static async Task<OutboxWorld> CreateAsync(string provider, bool migrate = true)
    {
        var database = provider == "PostgreSql" ? await ThrowawayDatabase.PostgresAsync("verkostot_out") : ThrowawayDatabase.Sqlite();
        var world = new OutboxWorld(database);
        var first = world.AddInstance();
        if (migrate)
        {
            await StorageInitializer.InitializeAsync(first.Services, CancellationToken.None);
        }
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
        services.AddOutbox();
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(built);
        return new Instance(built);
    }

    /// <summary>Reminder rows due now, one per person, of one meeting.</summary>
    public async Task<List<long>> AddRemindersAsync(int count, int meetingId = 1)
    {
        await using var db = Db();
        var rows = Enumerable.Range(0, count).Select(i => new ReminderMessage
        {
            MeetingId = meetingId,
            PersonId = $"henkilo-{i:D4}",
            Purpose = ReminderPurpose.Reminder,
            Key = "reminder/7d",
            OffsetDays = 7,
            DueAt = Time.GetUtcNow(),
            PlannedFor = Time.GetUtcNow().AddDays(7),
            State = OutboxState.Pending,
        }).ToList();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    /// <summary>An announcement being sent, with one row per recipient due now.</summary>
    public async Task<List<long>> AddAnnouncementRowsAsync(int count)
    {
        await using var db = Db();
        var announcement = new Announcement
        {
            Id = Guid.NewGuid(),
            NetworkId = "verkosto",
            AuthorPersonId = "koordinaattori",
            AuthorEntraObjectId = "aad-k",
            Title = "Tiedote",
            Text = "Teksti",
            State = AnnouncementState.Sending,
            CreatedAt = Time.GetUtcNow(),
        };
        db.Add(announcement);
        var rows = Enumerable.Range(0, count).Select(i => new AnnouncementMessage
        {
            AnnouncementId = announcement.Id,
            RecipientKey = $"person:henkilo-{i:D4}",
            Kind = RecipientKind.Person,
            PersonId = $"henkilo-{i:D4}",
            RecipientName = $"Henkilö {i:D4}",
            DueAt = Time.GetUtcNow(),
            State = OutboxState.Pending,
        }).ToList();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    public async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var db = Db();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    public async Task<OutboxMessage> RowAsync(long id) => (await RowsAsync()).Single(r => r.Id == id);

    public VerkostotDbContext Db() => _providers[0].GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    /// <summary>One instance: the outbox, and a context of its own per call, as one process has.</summary>
    public sealed class Instance(ServiceProvider services)
    {
        public ServiceProvider Services { get; } = services;
        public DeliveryOutbox Outbox => Services.GetRequiredService<DeliveryOutbox>();

        public VerkostotDbContext Db() => Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();

        public async Task<IReadOnlyList<T>> ClaimAsync<T>(IReadOnlyCollection<long> ids) where T : OutboxMessage
        {
            await using var db = Db();
            return await Outbox.ClaimAsync(db.Set<T>(), ids, Lease, CancellationToken.None);
        }

        /// <summary>Claims up to <paramref name="count"/> due rows of the feature, lowest ids first.</summary>
        public async Task<IReadOnlyList<T>> ClaimDueAsync<T>(int count) where T : OutboxMessage
        {
            await using var db = Db();
            var due = await Outbox.Due(db.Set<T>()).OrderBy(r => r.Id).Select(r => r.Id).Take(count).ToListAsync();
            return await Outbox.ClaimAsync(db.Set<T>(), due, Lease, CancellationToken.None);
        }

        public async Task SettleAsync(IEnumerable<OutboxMessage> rows, OutboxOutcome outcome)
        {
            await using var db = Db();
            await Outbox.SettleAsync(db, [.. rows.Select(r => (r, outcome))], CancellationToken.None);
        }

        public async Task<int> ExpireLeasesAsync()
        {
            await using var db = Db();
            return await Outbox.ExpireLeasesAsync(db.Set<OutboxMessage>(), "cut off", CancellationToken.None);
        }

        public async Task<int> CancelPendingAsync(string? reason = "no longer needed")
        {
            await using var db = Db();
            return await Outbox.CancelPendingAsync(db.Set<OutboxMessage>(), reason, CancellationToken.None);
        }
    }
}

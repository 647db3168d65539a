using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Core.Privacy;
using Verkostot.Core.Storage;
using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Privacy;

/// <summary>Core storage and privacy on an empty, migrated database of its own (SQLite or PostgreSQL) under a fake clock.</summary>
public sealed class PrivacyWorld : IAsyncDisposable
{
    private readonly ThrowawayDatabase _database;

    private PrivacyWorld(ThrowawayDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        _database = database;
        Services = services;
        Time = time;
    }

    public static DateTimeOffset Now { get; } = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    /// <param name="provider">"Sqlite" or "PostgreSql".</param>
    public static async Task<PrivacyWorld> CreateAsync(string provider, IDictionary<string, string?>? settings = null)
    {
        var database = provider == "PostgreSql" ? await ThrowawayDatabase.PostgresAsync("verkostot_privacy") : ThrowawayDatabase.Sqlite();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Storage)
            .AddInMemoryCollection([new("Storage:SeedDemoData", "false")])
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var time = new FakeTimeProvider(Now);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddCoreStorage(configuration)
            .AddCorePrivacy(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var world = new PrivacyWorld(database, services, time);
        await StorageInitializer.InitializeAsync(services, CancellationToken.None);
        return world;
    }

    public VerkostotDbContext Db() => Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<VerkostotDbContext>>().CreateDbContext();

    public async Task AddAsync(params object[] rows)
    {
        await using var db = Db();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public async Task<RetentionResult> SweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}

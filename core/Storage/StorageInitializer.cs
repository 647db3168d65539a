using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Core.DemoData;

namespace Verkostot.Core.Storage;

/// <summary>Start-up work for the database: apply migrations, then load the demo data into an empty database.</summary>
public static partial class StorageInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageInitializer));
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await using var db = await services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync(cancellationToken);
        await MigrateAsync(db, options, logger, cancellationToken);
        if (options.SeedDemoData != true) return;
        if (await db.Networks.AnyAsync(cancellationToken) || await db.People.AnyAsync(cancellationToken))
        {
            return;
        }
        var content = DemoDataSet.Load(
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IOptions<DemoIdentityOptions>>().Value);
        CatalogWriter.Add(db, content);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, content.Networks.Count, content.People.Count, content.Meetings.Count);
        }
        catch (DbUpdateException e)
        {
            // Another instance starting at the same moment seeded first; its data stands.
            LogSeedRace(logger, e);
        }
    }

    /// <summary>Applies pending migrations only: for the import and export commands, which must not seed demo data.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync(cancellationToken);
        await MigrateAsync(
            db,
            services.GetRequiredService<IOptions<StorageOptions>>().Value,
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageInitializer)),
            cancellationToken);
    }

    private static async Task MigrateAsync(VerkostotDbContext db, StorageOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        // Migrate() would also build the design-time model to look for changes without a migration; a restart on an
        // up-to-date database only reads the history table and goes on.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (options.Provider == StorageProvider.Sqlite && db.Database.GetConnectionString()?.Contains(":memory:", StringComparison.Ordinal) != true)
        {
            // Write-ahead logging lets questions read while reminders and references are written; it persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        LogMigrated(logger, options.Provider);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    private static partial void LogMigrated(ILogger logger, StorageProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded into the empty database: {Networks} networks, {People} people, {Meetings} meetings")]
    private static partial void LogSeeded(ILogger logger, int networks, int people, int meetings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data was not loaded: another instance loaded it first")]
    private static partial void LogSeedRace(ILogger logger, Exception exception);
}

using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Verkostot.Core.Storage;

/// <summary>
/// One consistent view of the database for reading catalog data: every list as of the same moment, so a save committed
/// halfway through a read cannot leave, say, a new role without its new person.
/// </summary>
internal static class CatalogReadTransaction
{
    /// <summary>Begins the read and takes its view of the database at once, before it returns.</summary>
    public static async Task<IAsyncDisposable> BeginAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        IAsyncDisposable transaction;
        if (!db.Database.IsSqlite())
        {
            transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }
        else
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            // Deferred: a snapshot from the first read on (WAL), not the write lock that BEGIN IMMEDIATE would take.
            var sqlite = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(sqlite, cancellationToken);
            transaction = sqlite;
        }
        await TakeViewAsync(db, cancellationToken);
        return transaction;
    }

    // Both take their view at the first statement that reads (PostgreSQL's repeatable read at any statement, SQLite's
    // deferred transaction at the first that reads the file); the catalog source needs it taken at a known moment.
    private static async Task TakeViewAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = db.Database.IsSqlite() ? "SELECT count(*) FROM sqlite_master" : "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }
}

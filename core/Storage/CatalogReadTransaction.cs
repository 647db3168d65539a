using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Storage;

/// <summary>
/// One consistent view of the database for reading catalog data: every list as of the same moment, so a save committed
/// halfway through a read cannot leave, say, a new role without its new person.
/// </summary>
internal static class CatalogReadTransaction
{
    public static async Task<IAsyncDisposable> BeginAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        // Deferred: a snapshot from the first read on (WAL), not the write lock that BEGIN IMMEDIATE would take.
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}

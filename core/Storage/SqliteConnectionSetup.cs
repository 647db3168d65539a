using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verkostot.Core.Storage;

/// <summary>
/// How every SQLite connection is set up when opened; these settings belong to the connection, not the file.
/// <list type="bullet">
/// <item>A busy timeout. SQLite takes one writer at a time; without the timeout a second writer gets SQLITE_BUSY at
/// once and Microsoft.Data.Sqlite blocks its thread for 150 ms before trying again. The inbox and conversation
/// references take turns (<see cref="WriteTurns"/>), but lease renewals, the outbox, reminders and edits do not:
/// with the timeout SQLite waits for the lock itself, retrying within a millisecond or two.</item>
/// <item><c>synchronous=NORMAL</c>, the setting SQLite recommends with write-ahead logging (which the database is put
/// in at start-up): a commit is written to the log but not flushed to the disk, the log is flushed at checkpoints.
/// A killed process loses nothing committed (the operating system has the writes); a power cut or kernel crash may
/// lose the last commits, never the database's consistency. With FULL every commit waited for an fsync (8 ms on
/// this machine's disk), and the inbox, which commits before every 200, was bound by the disk.</item>
/// <item><c>temp_store=MEMORY</c>: the statement journal of a multi-row write inside a transaction (the inbox's group
/// commit, every commit) and RETURNING's results are kept in memory instead of a temporary file that SQLite created,
/// unlinked, wrote and closed for each commit. They are as large as the pages one statement changes.</item>
/// <item><c>wal_autocheckpoint=4000</c> pages (16 MB of log on disk): the log's bound. <see cref="SqliteCheckpointer"/>
/// copies the log into the database beside the commits and has it started over at 1 000 pages; a commit copies it
/// itself (35–55 ms under load, inside the commit that requests wait for) only if the checkpointer falls this far
/// behind. Costs disk, not memory: the log is read with pread, and its shared index grows by 32 KB per 4 096 pages.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>The log's bound in pages: past it, a commit copies the log itself.</summary>
    public const int AutocheckpointPages = 4_000;

    private static readonly string Pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint={AutocheckpointPages};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return;
        }
        // As long as a command may take (the connection string's Default Timeout, 30 s unless set).
        SQLitePCL.raw.sqlite3_busy_timeout(handle, checked(sqlite.DefaultTimeout * 1000));
        if (SQLitePCL.raw.sqlite3_exec(handle, Pragmas) != SQLitePCL.raw.SQLITE_OK)
        {
            throw new SqliteException($"Setting {Pragmas} failed: " + SQLitePCL.raw.sqlite3_errmsg(handle).utf8_to_string(), SQLitePCL.raw.sqlite3_errcode(handle));
        }
    }
}

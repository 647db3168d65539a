using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verkostot.Core.Storage;

/// <summary>
/// Copies SQLite's write-ahead log into the database file off the request path. Left to SQLite, the commit that takes
/// the log past <c>wal_autocheckpoint</c> pages does the copy itself before it returns: under the like-for-like load
/// that was a 35–55 ms inbox commit every 0.3–0.7 s (1 000 pages: 10–25 ms several times a second), and the up to 16
/// requests waiting for that commit each got it, which was the POST's p99.
/// <para>
/// After the inbox's commits (<see cref="Written"/>) a checkpoint copies the log while writers go on (PASSIVE: it
/// neither waits for nor blocks them). The log starts over from its first page only when a commit begins with all of
/// it copied, which never happens while commits follow each other without a gap; so once the log holds
/// <see cref="RestartPages"/> pages, a second checkpoint beside the writers copies what they committed during the
/// first, and a third, in the writers' turn (<see cref="WriteTurns"/>), what came in during the second, a millisecond
/// or a few; the next commit then starts the log over. Rounds follow each other at once while the log is that long,
/// else after <see cref="Pause"/>. The bound stays SQLite's own, every connection's <c>wal_autocheckpoint</c>
/// (<see cref="SqliteConnectionSetup"/>): a commit past it copies the log itself, unless a round is copying it then.
/// </para>
/// </summary>
public sealed partial class SqliteCheckpointer(
    IOptions<StorageOptions> options,
    WriteTurns turns,
    TimeProvider time,
    ILogger<SqliteCheckpointer> logger) : IAsyncDisposable
{
    /// <summary>A log this long (4 MB) is started over; below it, it is only copied.</summary>
    public const int RestartPages = 1_000;

    /// <summary>
    /// Between two rounds, unless the last found a log of <see cref="RestartPages"/>. Each flushes the log and the
    /// database file to the disk; back to back under load that would be hundreds of flushes a second for the same few
    /// hot pages.
    /// </summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(10);

    private readonly Channel<bool> _written = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private SqliteConnection? _connection;

    /// <summary>Only a SQLite file has a log to copy.</summary>
    public bool Enabled => SqliteFile.Of(options.Value) is not null;

    /// <summary>Something was committed: a checkpoint follows (at once, or after the pause since the last).</summary>
    public void Written() => _written.Writer.TryWrite(true);

    /// <summary>Checkpoints after writes until stopped.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }
        try
        {
            while (await _written.Reader.WaitToReadAsync(stoppingToken))
            {
                _written.Reader.TryRead(out _);
                try
                {
                    if (await CheckpointAsync(stoppingToken) < RestartPages)
                    {
                        // A long log is taken again at once: the pause is for a log that is written to slowly.
                        await Task.Delay(Pause, time, stoppingToken);
                    }
                }
                catch (SqliteException ex)
                {
                    // Harmless for now (commits copy the log themselves past wal_autocheckpoint); tried again later
                    // on a new connection.
                    LogFailed(ex);
                    await CloseAsync();
                    await Task.Delay(PauseAfterFailure, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One round: copies the log, and when it holds <see cref="RestartPages"/> pages or more, copies the rest in the
    /// writers' turn so that the next commit starts it over. Returns the log's length in pages before the round.
    /// </summary>
    public async Task<int> CheckpointAsync(CancellationToken cancellationToken)
    {
        var connection = _connection ??= await OpenAsync(cancellationToken);
        var pages = Checkpoint(connection);
        if (pages >= RestartPages)
        {
            // Once more beside the writers: what they committed during the first (its two flushes) is copied here, so
            // that the turn's own copy is only what came in during this shorter one.
            Checkpoint(connection);
            await turns.RunAsync(() => Task.FromResult(Checkpoint(connection)), cancellationToken, goesFirst: true);
        }
        return pages;
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    /// <summary>PASSIVE: copies what no reader still needs, without waiting; the log's length in pages.</summary>
    private static int Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        // busy, log, checkpointed; log is -1 when the database is not in WAL mode (nothing to copy).
        return reader.Read() ? Math.Max(0, reader.GetInt32(1)) : 0;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(options.Value.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            await connection.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Copying the SQLite write-ahead log into the database failed; commits copy it themselves meanwhile")]
    private partial void LogFailed(Exception exception);
}

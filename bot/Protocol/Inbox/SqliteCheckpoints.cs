using Verkostot.Core.Storage;

namespace Verkostot.Bot.Protocol.Inbox;

/// <summary>
/// Runs <see cref="SqliteCheckpointer"/> beside the inbox, whose commits it follows, so that copying SQLite's log
/// into the database is not part of the commit every request waits for. Nothing on PostgreSQL.
/// </summary>
internal sealed class SqliteCheckpoints(SqliteCheckpointer checkpointer) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => checkpointer.RunAsync(stoppingToken);
}

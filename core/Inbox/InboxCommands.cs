using System.Data.Common;

namespace Verkostot.Core.Inbox;

/// <summary>
/// The group commit's commands on its one open connection, kept from one commit to the next, one per statement and
/// row count up to <see cref="MaxKeptRows"/>: a command run again with the same text reuses its prepared statement,
/// where a new command made SQLite parse the statement and the provider build its statement list at every commit.
/// Larger batches (a backlog after a pause) get a command of their own, so that what is kept stays small.
/// </summary>
internal sealed class InboxCommands : IAsyncDisposable
{
    public const int MaxKeptRows = 32;

    private readonly DbCommand?[] _inserts = new DbCommand?[MaxKeptRows + 1];
    private readonly DbCommand?[] _updates = new DbCommand?[MaxKeptRows + 1];

    /// <summary>The insert of <paramref name="rows"/> arrivals; the caller disposes it when <c>Kept</c> is false.</summary>
    public (DbCommand Command, bool Kept) Insert(DbTransaction transaction, int rows, Func<int, string> text) =>
        Get(_inserts, transaction, rows, text);

    /// <summary>The update of <paramref name="rows"/> completions; the caller disposes it when <c>Kept</c> is false.</summary>
    public (DbCommand Command, bool Kept) MarkHandled(DbTransaction transaction, int rows, Func<int, string> text) =>
        Get(_updates, transaction, rows, text);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _inserts.Concat(_updates))
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static (DbCommand, bool) Get(DbCommand?[] kept, DbTransaction transaction, int rows, Func<int, string> text)
    {
        var keep = rows <= MaxKeptRows;
        var command = keep ? kept[rows] : null;
        if (command is null)
        {
            command = transaction.Connection!.CreateCommand();
            command.CommandText = text(rows);
            if (keep)
            {
                kept[rows] = command;
            }
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        return (command, keep);
    }
}

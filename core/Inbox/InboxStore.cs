using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Inbox;

/// <summary>
/// The database side of the inbox: batches of arrivals and completions written in one transaction (group commit),
/// leases renewed and taken over, and handled keys purged after the duplicate window.
/// </summary>
public sealed class InboxStore(IDbContextFactory<VerkostotDbContext> contexts) : IAsyncDisposable
{
    public const int MaxActivityIdLength = 200;
    private InboxStatements? _statements;

    // The group commit's context, kept with its connection open from one commit to the next. On SQLite a connection
    // keeps its page cache only while no other connection has written since its last transaction: the commit taking
    // whichever pooled connection came first read the index pages it was about to change again from the file, every
    // time. Taken out while in use, so that two writers at once (tests, another caller) each get one of their own.
    // Its commands are kept with it (InboxCommands): prepared once per connection.
    private Writer? _writer;

    /// <summary>
    /// Stores the new arrivals and marks the finished rows handled, in one transaction. An arrival whose key is
    /// already stored (or repeated within the batch) is not stored: its flag is false. Stored arrivals get their id.
    /// </summary>
    public async Task<bool[]> WriteAsync(IReadOnlyList<InboxActivity> arrivals, IReadOnlyCollection<long> handled,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var writer = Interlocked.Exchange(ref _writer, null) ?? await OpenWriterAsync(cancellationToken);
        bool[] stored;
        try
        {
            stored = await WriteAsync(writer, arrivals, handled, now, cancellationToken);
        }
        catch
        {
            // The connection may be what failed (a restarted server): the next commit opens a fresh one.
            await writer.DisposeAsync();
            throw;
        }
        if (Interlocked.CompareExchange(ref _writer, writer, null) is not null)
        {
            await writer.DisposeAsync();
        }
        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _writer, null) is { } writer)
        {
            await writer.DisposeAsync();
        }
    }

    private async Task<bool[]> WriteAsync(Writer writer, IReadOnlyList<InboxActivity> arrivals,
        IReadOnlyCollection<long> handled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = writer.Db;
        var statements = _statements is { } known && known.Model == db.Model ? known : _statements = InboxStatements.For(db);
        // Straight on the connection, not through EF: the commit writes no entities, and EF's transaction (its wrapper,
        // events and interceptors at the begin and the commit) was a third of the inbox's managed time per commit.
        await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        // Arrivals first, completions after: an arrival whose key another instance is marking handled waits for that
        // instance's transaction, so a transaction that had marked rows handled and then waited for the other's
        // arrivals would close a circle that PostgreSQL breaks as a deadlock, failing every arrival of the batch.
        var stored = arrivals.Count > 0 ? await statements.InsertAsync(transaction, writer.Commands, arrivals, cancellationToken) : [];
        if (handled.Count > 0)
        {
            await statements.MarkHandledAsync(transaction, writer.Commands, handled, now, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private async Task<Writer> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new Writer(db, new InboxCommands());
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Extends the lease on every unhandled row <paramref name="owner"/> holds.</summary>
    public async Task RenewAsync(Guid owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<InboxActivity>().Where(a => a.Owner == owner && a.HandledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClaimedUntil, until), cancellationToken);
    }

    /// <summary>
    /// Takes over up to <paramref name="max"/> unhandled rows after <paramref name="afterId"/>, oldest first, whose
    /// lease has run out (their instance
    /// stopped or died). <paramref name="evenIfLeased"/> takes every unhandled row: for a database only this
    /// instance uses, where any lease left is from before a crash. On PostgreSQL two instances claiming at once
    /// each get different rows: the conditional update re-checks a row another claim changed meanwhile.
    /// </summary>
    public async Task<IReadOnlyList<InboxActivity>> ClaimAsync(Guid owner, DateTimeOffset now, DateTimeOffset until,
        bool evenIfLeased, long afterId, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var free = db.Set<InboxActivity>()
            .Where(a => a.Id > afterId && a.HandledAt == null && (evenIfLeased || a.ClaimedUntil == null || a.ClaimedUntil < now));
        var candidates = await free.OrderBy(a => a.Id).Select(a => a.Id).Take(max).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }
        await free.Where(a => candidates.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Owner, owner).SetProperty(a => a.ClaimedUntil, until), cancellationToken);
        return await db.Set<InboxActivity>().AsNoTracking()
            .Where(a => candidates.Contains(a.Id) && a.Owner == owner && a.HandledAt == null)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Gives back the unhandled rows <paramref name="owner"/> holds (it is stopping), for another to take at once.</summary>
    public async Task ReleaseAsync(Guid owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<InboxActivity>().Where(a => a.Owner == owner && a.HandledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Owner, (Guid?)null).SetProperty(a => a.ClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
    }

    /// <summary>Forgets handled rows received before <paramref name="receivedBefore"/>: their duplicate window is over.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<InboxActivity>().Where(a => a.HandledAt != null && a.ReceivedAt < receivedBefore)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private sealed record Writer(VerkostotDbContext Db, InboxCommands Commands) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // The commands first: their prepared statements belong to the connection the context closes.
            await Commands.DisposeAsync();
            await Db.DisposeAsync();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;

namespace Verkostot.Core.Storage;

/// <summary>
/// Builds the catalog from the database and keeps it up to date. After a save in this instance the next reader waits
/// only while the rows that save changed are read again (milliseconds), so everyone sees their own change at once and
/// never a half-applied transaction (see <see cref="CatalogChangeSignal.Settled"/>). Every refresh interval the whole catalog is read again in the background, to see
/// other instances' changes, while readers keep the current snapshot; the lists it finds unchanged stay the same
/// objects, so a refresh that finds nothing new rebuilds no index. Each new snapshot's indexes are prepared off the
/// request path too.
/// </summary>
internal sealed partial class DbCatalogSource(
    IDbContextFactory<VerkostotDbContext> contexts,
    CatalogChangeSignal signal,
    IEnumerable<ICatalogIndex> indexes,
    TimeProvider time,
    IOptions<StorageOptions> options,
    ILogger<DbCatalogSource> logger) : ICatalogSource
{
    private readonly SemaphoreSlim _update = new(1, 1);
    private readonly ICatalogIndex[] _indexes = [.. indexes];
    private volatile Snapshot? _current;
    private volatile NetworkCatalog? _toPrepare;
    private int _refreshing;
    private int _preparing;

    public ValueTask<NetworkCatalog> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = _current;
        if (snapshot is null || snapshot.Version != signal.Version)
        {
            return new ValueTask<NetworkCatalog>(UpdateAsync(cancellationToken));
        }
        if (time.GetUtcNow() - snapshot.LoadedAt >= TimeSpan.FromSeconds(options.Value.CatalogRefreshSeconds))
        {
            RefreshInBackground();
        }
        return ValueTask.FromResult(snapshot.Catalog);
    }

    public void Invalidate() => signal.Changed();

    /// <summary>The latest background refresh (null before the first), which ends having published or kept a snapshot: for a test to wait for.</summary>
    internal Task? LastRefresh { get; private set; }

    /// <summary>Applies what changed since the snapshot; reads everything for the first snapshot or after <see cref="Invalidate"/>.</summary>
    private async Task<NetworkCatalog> UpdateAsync(CancellationToken cancellationToken)
    {
        await _update.WaitAsync(cancellationToken);
        try
        {
            var snapshot = _current;
            if (snapshot is not null && snapshot.Version == signal.Version) return snapshot.Catalog;
            // Stamped with the version settled before the database view is taken: every change up to it is in the
            // view, and what may not be is applied again by the next reader. The changes are taken after the view, so
            // they name every row of each commit it holds (registered before that commit; see CatalogChangeSignal).
            var version = signal.Settled;
            var now = time.GetUtcNow();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var read = await CatalogReadTransaction.BeginAsync(db, cancellationToken);
            var changes = snapshot is null ? CatalogChangeSet.Everything : signal.Since(snapshot.Version).Changes;
            var updated = snapshot is null || changes.IsEverything
                ? new Snapshot(NetworkCatalog.Create(await CatalogReader.ReadAsync(db, cancellationToken)), version, now)
                : new Snapshot(NetworkCatalog.Create(await CatalogPatch.ApplyAsync(db, snapshot.Catalog.Content, changes, cancellationToken), snapshot.Catalog), version, snapshot.LoadedAt);
            Publish(updated);
            return updated.Catalog;
        }
        finally
        {
            _update.Release();
        }
    }

    private void RefreshInBackground()
    {
        if (Interlocked.CompareExchange(ref _refreshing, 1, 0) != 0) return;
        LastRefresh = Task.Run(async () =>
        {
            try
            {
                var version = signal.Settled;
                var loadedAt = time.GetUtcNow();
                CatalogContent read;
                await using (var db = await contexts.CreateDbContextAsync())
                await using (await CatalogReadTransaction.BeginAsync(db, CancellationToken.None))
                {
                    read = await CatalogReader.ReadAsync(db, CancellationToken.None);
                }
                // Compared outside the lock, so that saves are not held up by it; again inside only if a save came between.
                var basis = _current;
                var content = basis is null ? read : UnchangedLists.TakeOver(read, basis.Catalog.Content);
                await _update.WaitAsync();
                try
                {
                    PublishRead(read, basis, content, version, loadedAt);
                }
                finally
                {
                    _update.Release();
                }
            }
            catch (Exception exception)
            {
                LogRefreshFailed(exception);
            }
            finally
            {
                Volatile.Write(ref _refreshing, 0);
            }
        });
    }

    /// <summary>
    /// Publishes what the refresh read unless a newer refresh was published meanwhile. Lists equal to the current ones
    /// are handed on as those objects, so their indexes and exported sections survive; when nothing changed the
    /// snapshot stays and only its time moves.
    /// </summary>
    private void PublishRead(CatalogContent read, Snapshot? basis, CatalogContent content, long version, DateTimeOffset loadedAt)
    {
        if (_current is not { } current)
        {
            Publish(new Snapshot(NetworkCatalog.Create(read), version, loadedAt));
            return;
        }
        if (current.LoadedAt > loadedAt) return;
        if (!ReferenceEquals(current, basis)) content = UnchangedLists.TakeOver(read, current.Catalog.Content);
        if (ReferenceEquals(content, current.Catalog.Content))
        {
            // The data the read holds, by then, is the snapshot's: it is as current as the newer of the two versions.
            // The catalog is the same object, with its indexes prepared.
            _current = current with { Version = Math.Max(current.Version, version), LoadedAt = loadedAt };
            return;
        }
        // Stamped with the version before the read: saves since then (this instance's newer patches among them, which
        // the read may lack) are applied on top by the next reader.
        Publish(new Snapshot(NetworkCatalog.Create(content, current.Catalog), version, loadedAt));
    }

    private void Publish(Snapshot snapshot)
    {
        _current = snapshot;
        if (_indexes.Length == 0) return;
        _toPrepare = snapshot.Catalog;
        if (Interlocked.CompareExchange(ref _preparing, 1, 0) == 0) _ = Task.Run(PrepareLatest);
    }

    /// <summary>
    /// One preparer at a time, always for the newest snapshot: after a burst of saves the snapshots in between are
    /// skipped rather than each built in parallel, competing with the requests.
    /// </summary>
    private void PrepareLatest()
    {
        while (true)
        {
            while (Interlocked.Exchange(ref _toPrepare, null) is { } catalog) Prepare(catalog);
            Volatile.Write(ref _preparing, 0);
            // A snapshot published after the loop looked, but before the flag was cleared, would wait for the next save.
            if (_toPrepare is null || Interlocked.CompareExchange(ref _preparing, 1, 0) != 0) return;
        }
    }

    private void Prepare(NetworkCatalog catalog)
    {
        foreach (var index in _indexes)
        {
            try
            {
                index.Prepare(catalog);
            }
            catch (Exception exception)
            {
                LogPrepareFailed(exception, index.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the catalog again in the background failed; the current snapshot stays and the next refresh tries again")]
    private partial void LogRefreshFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preparing the catalog index {Index} failed; it is built when first used")]
    private partial void LogPrepareFailed(Exception exception, string index);

    private sealed record Snapshot(NetworkCatalog Catalog, long Version, DateTimeOffset LoadedAt);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;

namespace Verkostot.Core.Storage;

/// <summary>
/// Builds the catalog from the database and keeps it until this instance saves catalog data or the refresh
/// interval passes (to see other instances' changes). Readers get the previous snapshot while one reload runs.
/// </summary>
internal sealed class DbCatalogSource(
    IDbContextFactory<VerkostotDbContext> contexts,
    CatalogChangeSignal signal,
    TimeProvider time,
    IOptions<StorageOptions> options) : ICatalogSource
{
    private readonly SemaphoreSlim reload = new(1, 1);
    private volatile Snapshot? current;
    private long invalidations;

    public ValueTask<NetworkCatalog> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        return snapshot is not null && IsFresh(snapshot)
            ? ValueTask.FromResult(snapshot.Catalog)
            : new ValueTask<NetworkCatalog>(ReloadAsync(cancellationToken));
    }

    public void Invalidate() => Interlocked.Increment(ref invalidations);

    private async Task<NetworkCatalog> ReloadAsync(CancellationToken cancellationToken)
    {
        await reload.WaitAsync(cancellationToken);
        try
        {
            if (current is { } done && IsFresh(done)) return done.Catalog;
            var version = Version();
            var loadedAt = time.GetUtcNow();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var catalog = NetworkCatalog.Create(await CatalogReader.ReadAsync(db, cancellationToken));
            current = new Snapshot(catalog, version, loadedAt);
            return catalog;
        }
        finally
        {
            reload.Release();
        }
    }

    private bool IsFresh(Snapshot snapshot) =>
        snapshot.Version == Version() && time.GetUtcNow() - snapshot.LoadedAt < TimeSpan.FromSeconds(options.Value.CatalogRefreshSeconds);

    private long Version() => signal.Version + Interlocked.Read(ref invalidations);

    private sealed record Snapshot(NetworkCatalog Catalog, long Version, DateTimeOffset LoadedAt);
}

namespace Verkostot.Core.Storage;

/// <summary>
/// The catalog's change feed: a version number bumped whenever catalog data is committed, with what changed, so the
/// catalog source re-reads only those rows. The last few hundred change sets are kept; a snapshot older than that is
/// rebuilt whole. (A feed rather than a callback keeps the context free of a dependency cycle.)
/// </summary>
public sealed class CatalogChangeSignal
{
    private const int Kept = 512;

    private readonly Lock _gate = new();
    private readonly Queue<(long Version, CatalogChangeSet Changes)> _log = new();
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Anything may have changed, e.g. data written outside this process's contexts.</summary>
    public void Changed() => Changed(CatalogChangeSet.Everything);

    public void Changed(CatalogChangeSet changes)
    {
        if (changes.IsEmpty) return;
        lock (_gate)
        {
            var version = _version + 1;
            _log.Enqueue((version, changes));
            if (_log.Count > Kept) _log.Dequeue();
            Interlocked.Exchange(ref _version, version);
        }
    }

    /// <summary>Everything changed after <paramref name="version"/>, and the version that brings a snapshot to.</summary>
    public (long Version, CatalogChangeSet Changes) Since(long version)
    {
        lock (_gate)
        {
            var changes = new CatalogChangeSet();
            if (version == _version) return (_version, changes);
            if (_log.Count == 0 || _log.Peek().Version > version + 1) return (_version, CatalogChangeSet.Everything);
            foreach (var (at, set) in _log)
            {
                if (at > version) changes.AddAll(set);
            }
            return (_version, changes);
        }
    }
}

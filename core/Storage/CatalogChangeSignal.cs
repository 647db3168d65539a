namespace Verkostot.Core.Storage;

/// <summary>
/// The catalog's change feed: a version number bumped whenever catalog data changes, with what changed, so the
/// catalog source re-reads only those rows. A transaction's changes are registered just before its commit and stay
/// "in flight" until the commit ends: a reader stamps its snapshot with <see cref="Settled"/>, taken before its
/// database view, and then applies every change registered so far. So each commit the view holds was registered
/// before the reader looked, and each one it may miss is applied again by the next reader — a reader sees a
/// transaction whole or not at all. The last few hundred change sets are kept; a snapshot older than that is rebuilt
/// whole. (A feed rather than a callback keeps the context free of a dependency cycle.)
/// </summary>
public sealed class CatalogChangeSignal
{
    private const int Kept = 512;

    private readonly Lock _gate = new();
    private readonly Queue<(long Version, CatalogChangeSet Changes)> _log = new();
    private readonly SortedSet<long> _inFlight = [];
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// The newest version every change up to which is committed or abandoned: a database view taken after reading it
    /// holds all of them.
    /// </summary>
    public long Settled
    {
        get
        {
            lock (_gate)
            {
                return _inFlight.Count == 0 ? _version : _inFlight.Min - 1;
            }
        }
    }

    /// <summary>Anything may have changed, e.g. data written outside this process's contexts.</summary>
    public void Changed() => Changed(CatalogChangeSet.Everything);

    /// <summary>Changes already committed (or written by one statement, which is all or nothing).</summary>
    public void Changed(CatalogChangeSet changes)
    {
        if (changes.IsEmpty) return;
        lock (_gate)
        {
            Append(changes);
        }
    }

    /// <summary>Changes about to be committed; <see cref="Ended"/> with the ticket once the commit succeeded or failed.</summary>
    public long Committing(CatalogChangeSet changes)
    {
        lock (_gate)
        {
            var ticket = Append(changes);
            _inFlight.Add(ticket);
            return ticket;
        }
    }

    public void Ended(long ticket)
    {
        lock (_gate)
        {
            _inFlight.Remove(ticket);
        }
    }

    /// <summary>Everything changed after <paramref name="version"/>, and the newest version it includes.</summary>
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

    private long Append(CatalogChangeSet changes)
    {
        var version = _version + 1;
        _log.Enqueue((version, changes));
        if (_log.Count > Kept) _log.Dequeue();
        Interlocked.Exchange(ref _version, version);
        return version;
    }
}

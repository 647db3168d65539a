namespace Verkostot.Core.Storage;

/// <summary>
/// A version number bumped whenever catalog data is saved; the catalog source compares it to the version its
/// snapshot was built from. (A counter rather than a callback keeps the context free of a dependency cycle.)
/// </summary>
public sealed class CatalogChangeSignal
{
    private long version;

    public long Version => Interlocked.Read(ref version);

    public void Changed() => Interlocked.Increment(ref version);
}

using System.Runtime.CompilerServices;

namespace Verkostot.Core.Catalog;

/// <summary>
/// An index built from a few of the catalog's lists, once per snapshot; a new snapshot that hands on the same lists
/// (an edit of a meeting leaves people and networks as they were) takes the previous snapshot's index over. An input
/// is compared with Equals: a list by reference, a <see cref="ListKey{T, TKey}"/> by the fields the index reads.
/// </summary>
public sealed class DerivedIndex<TIndex>(Func<NetworkCatalog, TIndex> build, params Func<CatalogContent, object>[] inputs)
    where TIndex : class
{
    private readonly ConditionalWeakTable<NetworkCatalog, Lazy<TIndex>> _bySnapshot = new();
    private volatile Built? _last;

    public TIndex Of(NetworkCatalog catalog) =>
        _bySnapshot.GetValue(catalog, c => new Lazy<TIndex>(() => TakeOverOrBuild(c))).Value;

    private TIndex TakeOverOrBuild(NetworkCatalog catalog)
    {
        var from = Array.ConvertAll(inputs, input => input(catalog.Content));
        if (_last is { } last && from.AsSpan().SequenceEqual(last.From))
        {
            return last.Index;
        }
        var index = build(catalog);
        _last = new Built(from, index);
        return index;
    }

    private sealed record Built(object[] From, TIndex Index);
}

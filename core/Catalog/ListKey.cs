namespace Verkostot.Core.Catalog;

/// <summary>
/// The part of a catalog list an index reads, as a <see cref="DerivedIndex{TIndex}"/> input: equal when the list is
/// the same object or when every item's key is equal, so a new e-mail address leaves the names index as it was.
/// </summary>
public sealed class ListKey<T, TKey>(IReadOnlyList<T> list, Func<T, TKey> key) : IEquatable<ListKey<T, TKey>>
{
    public bool Equals(ListKey<T, TKey>? other) =>
        other is not null && (ReferenceEquals(list, other.List) || list.Count == other.List.Count && Enumerable.Range(0, list.Count)
            .All(i => EqualityComparer<TKey>.Default.Equals(key(list[i]), key(other.List[i]))));

    public override bool Equals(object? obj) => Equals(obj as ListKey<T, TKey>);

    public override int GetHashCode() => list.Count;

    private IReadOnlyList<T> List => list;
}

using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>
/// Which catalog rows changed, by the kind the catalog lists them as (a term or a seat is its body's change, a
/// priority item its document's): the ids per kind, a whole kind, or everything. The catalog re-reads just these.
/// </summary>
public sealed class CatalogChangeSet
{
    /// <summary>The kinds the catalog lists, each with an <c>Id</c> key.</summary>
    public static readonly IReadOnlyList<Type> Kinds =
    [
        typeof(Region), typeof(Municipality), typeof(Person), typeof(Network), typeof(Body),
        typeof(RoleAssignment), typeof(NetworkMembership), typeof(Meeting), typeof(PriorityDocument),
    ];

    // A kind mapped to null changed as a whole.
    private readonly Dictionary<Type, HashSet<object>?> _changed = [];

    private CatalogChangeSet(bool everything) => IsEverything = everything;

    public CatalogChangeSet() : this(false)
    {
    }

    public static CatalogChangeSet Everything => new(true);

    public bool IsEverything { get; private set; }

    public bool IsEmpty => !IsEverything && _changed.Count == 0;

    /// <summary>The changed ids of a kind; null when the whole kind changed; empty when it did not change.</summary>
    public IReadOnlyCollection<object>? Of(Type kind) =>
        IsEverything ? null : _changed.TryGetValue(kind, out var ids) ? ids : [];

    public void Add(Type kind, object id)
    {
        if (!Kinds.Contains(kind)) throw new ArgumentException($"{kind.Name} is not a kind the catalog lists.", nameof(kind));
        if (!_changed.TryGetValue(kind, out var ids))
        {
            _changed[kind] = [id];
        }
        else
        {
            ids?.Add(id);
        }
    }

    public void AddWholeKind(Type kind) => _changed[kind] = null;

    public void AddEverything() => IsEverything = true;

    public void AddAll(CatalogChangeSet other)
    {
        if (other.IsEverything) AddEverything();
        foreach (var (kind, ids) in other._changed)
        {
            if (ids is null)
            {
                AddWholeKind(kind);
            }
            else
            {
                foreach (var id in ids) Add(kind, id);
            }
        }
    }
}

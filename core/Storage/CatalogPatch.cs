using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>
/// Brings catalog content up to date by reading again only the rows a change set names: a row still there replaces
/// its old self in place, a new one goes where the full read would put it, a missing one is dropped. Lists of kinds
/// that did not change are handed on as the same objects, so the catalog keeps their indexes.
/// </summary>
internal static class CatalogPatch
{
    // Past this many ids of one kind the whole kind is read again: a long list of ids costs more than it saves.
    private const int MostIds = 500;

    public static async Task<CatalogContent> ApplyAsync(VerkostotDbContext db, CatalogContent content, CatalogChangeSet changes, CancellationToken cancellationToken) => new(
        await PatchAsync(content.Regions, changes.Of(typeof(Region)), db.Regions.AsNoTracking(), r => r.Id, ByKey<Region>(r => r.Id), q => q.OrderBy(r => r.Id), cancellationToken),
        await PatchAsync(content.Municipalities, changes.Of(typeof(Municipality)), db.Municipalities.AsNoTracking(), m => m.Id, ByKey<Municipality>(m => m.Id), q => q.OrderBy(m => m.Id), cancellationToken),
        await PatchAsync(content.People, changes.Of(typeof(Person)), db.People.AsNoTracking(), p => p.Id, ByKey<Person>(p => p.Id), q => q.OrderBy(p => p.Id), cancellationToken),
        await PatchAsync(content.Networks, changes.Of(typeof(Network)), db.Networks.AsNoTracking(), n => n.Id, ByKey<Network>(n => n.Id), q => q.OrderBy(n => n.Id), cancellationToken),
        await PatchAsync(content.Bodies, changes.Of(typeof(Body)), CatalogReader.Bodies(db, tracking: false), b => b.Id, BodyOrder, q => q.OrderBy(b => b.NetworkId).ThenBy(b => b.Id), cancellationToken, CatalogReader.Ordered),
        await PatchAsync(content.Roles, changes.Of(typeof(RoleAssignment)), db.RoleAssignments.AsNoTracking(), r => r.Id, ByNumber<RoleAssignment>(r => r.Id), q => q.OrderBy(r => r.Id), cancellationToken),
        await PatchAsync(content.Memberships, changes.Of(typeof(NetworkMembership)), db.NetworkMemberships.AsNoTracking(), m => m.Id, ByNumber<NetworkMembership>(m => m.Id), q => q.OrderBy(m => m.Id), cancellationToken),
        await PatchAsync(content.Meetings, changes.Of(typeof(Meeting)), db.Meetings.AsNoTracking(), m => m.Id, ByNumber<Meeting>(m => m.Id), q => q.OrderBy(m => m.Id), cancellationToken),
        await PatchAsync(content.PriorityDocuments, changes.Of(typeof(PriorityDocument)), CatalogReader.PriorityDocuments(db, tracking: false), d => d.Id, ByKey<PriorityDocument>(d => d.Id), q => q.OrderBy(d => d.Id), cancellationToken, CatalogReader.Ordered));

    /// <returns>The same list when nothing of its kind changed, else a new one.</returns>
    /// <param name="finish">Puts the parts of rows just read in order (terms, seats, items); rows in the list are never touched.</param>
    private static async Task<IReadOnlyList<T>> PatchAsync<T, TKey>(
        IReadOnlyList<T> list, IReadOnlyCollection<object>? ids, IQueryable<T> query, Func<T, TKey> key, IComparer<T> order,
        Func<IQueryable<T>, IQueryable<T>> ordered, CancellationToken cancellationToken, Func<List<T>, List<T>>? finish = null)
        where T : class
        where TKey : notnull
    {
        finish ??= rows => rows;
        if (ids is { Count: 0 }) return list;
        if (ids is null || ids.Count > MostIds) return finish(await ordered(query).ToListAsync(cancellationToken));

        var wanted = ids.Cast<TKey>().ToHashSet();
        var keys = wanted.ToList();
        var fresh = finish(await query.Where(e => keys.Contains(EF.Property<TKey>(e, "Id"))).ToListAsync(cancellationToken)).ToDictionary(key);
        var patched = new List<T>(list.Count + fresh.Count);
        foreach (var item in list)
        {
            var id = key(item);
            if (!wanted.Contains(id)) patched.Add(item);
            else if (fresh.Remove(id, out var row)) patched.Add(row);
        }
        foreach (var row in fresh.Values.OrderBy(r => r, order))
        {
            var at = patched.BinarySearch(row, order);
            patched.Insert(at < 0 ? ~at : at, row);
        }
        return patched;
    }

    private static readonly IComparer<Body> BodyOrder = Comparer<Body>.Create((a, b) =>
        string.CompareOrdinal(a.NetworkId, b.NetworkId) is var byNetwork and not 0 ? byNetwork : string.CompareOrdinal(a.Id, b.Id));

    private static IComparer<T> ByKey<T>(Func<T, string> key) => Comparer<T>.Create((a, b) => string.CompareOrdinal(key(a), key(b)));

    private static IComparer<T> ByNumber<T>(Func<T, int> key) => Comparer<T>.Create((a, b) => key(a).CompareTo(key(b)));
}

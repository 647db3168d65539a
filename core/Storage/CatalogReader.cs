using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>Reads all catalog data from the database in one go, in a fixed order.</summary>
public static class CatalogReader
{
    /// <summary>Untracked entities: for the catalog snapshot, or for an import, which tracks those it changes.</summary>
    public static Task<CatalogContent> ReadAsync(VerkostotDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(db, tracking: false, cancellationToken);

    private static async Task<CatalogContent> ReadAsync(VerkostotDbContext db, bool tracking, CancellationToken cancellationToken)
    {
        var bodies = Ordered(await Bodies(db, tracking).OrderBy(b => b.NetworkId).ThenBy(b => b.Id).ToListAsync(cancellationToken));
        var documents = Ordered(await PriorityDocuments(db, tracking).OrderBy(d => d.Id).ToListAsync(cancellationToken));
        return new CatalogContent(
            await Query(db.Regions, tracking).OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await Query(db.Municipalities, tracking).OrderBy(m => m.Id).ToListAsync(cancellationToken),
            await Query(db.People, tracking).OrderBy(p => p.Id).ToListAsync(cancellationToken),
            await Query(db.Networks, tracking).OrderBy(n => n.Id).ToListAsync(cancellationToken),
            bodies,
            await Query(db.RoleAssignments, tracking).OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await Query(db.NetworkMemberships, tracking).OrderBy(m => m.Id).ToListAsync(cancellationToken),
            await Query(db.Meetings, tracking).OrderBy(m => m.Id).ToListAsync(cancellationToken),
            documents);
    }

    /// <summary>Bodies with their terms and seats; put them in order with <see cref="Ordered(List{Body})"/>.</summary>
    internal static IQueryable<Body> Bodies(VerkostotDbContext db, bool tracking) =>
        Query(db.Bodies, tracking).Include(b => b.Terms).ThenInclude(t => t.Seats);

    /// <summary>Priority documents with their items; put them in order with <see cref="Ordered(List{PriorityDocument})"/>.</summary>
    internal static IQueryable<PriorityDocument> PriorityDocuments(VerkostotDbContext db, bool tracking) =>
        Query(db.PriorityDocuments, tracking).Include(d => d.Items);

    internal static List<Body> Ordered(List<Body> bodies)
    {
        foreach (var body in bodies)
        {
            body.Terms = [.. body.Terms.OrderBy(t => t.Start)];
            foreach (var term in body.Terms) term.Seats = [.. term.Seats.OrderBy(s => s.Id)];
        }
        return bodies;
    }

    internal static List<PriorityDocument> Ordered(List<PriorityDocument> documents)
    {
        foreach (var document in documents) document.Items = [.. document.Items.OrderBy(i => i.Id)];
        return documents;
    }

    internal static IQueryable<T> Query<T>(DbSet<T> set, bool tracking) where T : class => tracking ? set.AsTracking() : set.AsNoTracking();
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;

namespace Verkostot.Core.Storage;

/// <summary>Reads all catalog data from the database in one go, in a fixed order.</summary>
public static class CatalogReader
{
    /// <summary>Read-only entities, e.g. for the catalog snapshot or an export.</summary>
    public static Task<CatalogContent> ReadAsync(VerkostotDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(db, tracking: false, cancellationToken);

    /// <summary>Entities the context tracks, for changing them and saving.</summary>
    public static Task<CatalogContent> ReadTrackedAsync(VerkostotDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(db, tracking: true, cancellationToken);

    private static async Task<CatalogContent> ReadAsync(VerkostotDbContext db, bool tracking, CancellationToken cancellationToken)
    {
        var bodies = await Query(db.Bodies, tracking).Include(b => b.Terms).ThenInclude(t => t.Seats).OrderBy(b => b.NetworkId).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        foreach (var body in bodies)
        {
            body.Terms = [.. body.Terms.OrderBy(t => t.Start)];
            foreach (var term in body.Terms) term.Seats = [.. term.Seats.OrderBy(s => s.Id)];
        }
        var documents = await Query(db.PriorityDocuments, tracking).Include(d => d.Items).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        foreach (var document in documents) document.Items = [.. document.Items.OrderBy(i => i.Id)];
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

    private static IQueryable<T> Query<T>(DbSet<T> set, bool tracking) where T : class => tracking ? set.AsTracking() : set.AsNoTracking();
}

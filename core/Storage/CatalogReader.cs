using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;

namespace Verkostot.Core.Storage;

/// <summary>Reads all catalog data from the database in one go.</summary>
public static class CatalogReader
{
    public static async Task<CatalogContent> ReadAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        var bodies = await db.Bodies.AsNoTracking().Include(b => b.Terms).ThenInclude(t => t.Seats).OrderBy(b => b.NetworkId).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        foreach (var body in bodies)
        {
            body.Terms = [.. body.Terms.OrderBy(t => t.Start)];
            foreach (var term in body.Terms) term.Seats = [.. term.Seats.OrderBy(s => s.Id)];
        }
        var documents = await db.PriorityDocuments.AsNoTracking().Include(d => d.Items).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        foreach (var document in documents) document.Items = [.. document.Items.OrderBy(i => i.Id)];
        return new CatalogContent(
            await db.Regions.AsNoTracking().ToListAsync(cancellationToken),
            await db.Municipalities.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken),
            await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken),
            await db.Networks.AsNoTracking().OrderBy(n => n.Id).ToListAsync(cancellationToken),
            bodies,
            await db.RoleAssignments.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await db.NetworkMemberships.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken),
            await db.Meetings.AsNoTracking().ToListAsync(cancellationToken),
            documents);
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Announcements;

/// <summary>A network's announcements in every state, drafts included, newest first: the coordinators' web page lists them.</summary>
public sealed class AnnouncementListQuery(IDbContextFactory<VerkostotDbContext> contexts)
{
    public async Task<IReadOnlyList<Announcement>> ForNetworkAsync(string networkId, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.Set<Announcement>().AsNoTracking().Where(a => a.NetworkId == networkId).ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by DateTimeOffset, and a network has few announcements.
        return [.. list.OrderByDescending(a => a.ScheduledFor ?? a.CreatedAt).Take(count)];
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.ChangeLog;

/// <summary>Reads the change log newest first, a page at a time, for the coordinator web app.</summary>
public sealed class ChangeLogQuery(IDbContextFactory<VerkostotDbContext> contexts)
{
    public const int MaxPage = 200;

    public async Task<ChangeLogPage> ListAsync(ChangeLogFilter filter, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(filter.PageSize, 1, MaxPage);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<ChangeLogEntry>().AsNoTracking();
        if (filter.NetworkIds is { } networks) query = query.Where(c => c.NetworkId != null && networks.Contains(c.NetworkId));
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.EntityId is { } entity) query = query.Where(c => c.EntityId == entity);
        if (filter.ActorPersonId is { } actor) query = query.Where(c => c.ActorPersonId == actor);
        if (filter.Before is { } before) query = query.Where(c => c.Id < before);
        // Ids grow with time; ordering by them avoids SQLite's lack of DateTimeOffset ordering.
        var entries = await query.OrderByDescending(c => c.Id).Take(size + 1).ToListAsync(cancellationToken);
        return entries.Count > size
            ? new ChangeLogPage(entries[..size], entries[size - 1].Id)
            : new ChangeLogPage(entries, null);
    }
}

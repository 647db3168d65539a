using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Roster;

/// <summary>
/// Where a network's roster stands against its Team, for the coordinators' web page: the last sync, who is on the
/// roster but not in the Team, and who is in the Team without being matched to the network's data (people the sync
/// added from the directory: they have neither a municipality nor an organisation).
/// </summary>
public sealed class RosterStatusQuery(IDbContextFactory<VerkostotDbContext> contexts)
{
    public async Task<RosterStatus> ForNetworkAsync(string networkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Set<RosterSyncState>().AsNoTracking().SingleOrDefaultAsync(s => s.NetworkId == networkId, cancellationToken);
        var members = await (
            from m in db.NetworkMemberships
            join p in db.People on m.PersonId equals p.Id
            where m.NetworkId == networkId && m.LeftOn == null
            select new { p.Id, p.Name, p.Email, p.IsGuest, m.InGroup, Unmatched = p.MunicipalityId == null && p.Organisation == null })
            .AsNoTracking().ToListAsync(cancellationToken);
        var unmatched = members.Where(m => m.InGroup && m.Unmatched)
            .Select(m => new UnmatchedMember(m.Id, m.Name, m.Email, m.IsGuest))
            .OrderBy(m => m.Name, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), false)).ToList();
        return new RosterStatus(
            state,
            members.Count,
            members.Count(m => m.InGroup),
            await RosterQueries.MissingFromGroupAsync(contexts, networkId, cancellationToken),
            unmatched);
    }
}

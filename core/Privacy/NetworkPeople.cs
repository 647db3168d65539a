using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Privacy;

/// <summary>
/// Who is, or was until <c>since</c>, in some network: on a roster, in a role or on a presidium seat. Those outside
/// it are the former members whose traces retention removes.
/// </summary>
public sealed record NetworkPeople(IReadOnlySet<string> PersonIds, IReadOnlySet<string> EntraObjectIds)
{
    public static async Task<NetworkPeople> SinceAsync(VerkostotDbContext db, DateOnly since, CancellationToken cancellationToken)
    {
        var onRoster = await db.NetworkMemberships.Where(m => m.LeftOn == null || m.LeftOn >= since)
            .Select(m => m.PersonId).ToListAsync(cancellationToken);
        var inRole = await db.RoleAssignments.Where(r => r.Until == null || r.Until >= since)
            .Select(r => r.PersonId).ToListAsync(cancellationToken);
        var seated = await db.Terms.Where(t => t.End >= since).SelectMany(t => t.Seats)
            .Select(s => new { s.MemberId, s.DeputyId }).ToListAsync(cancellationToken);
        var personIds = onRoster.Concat(inRole)
            .Concat(seated.SelectMany(s => new[] { s.MemberId, s.DeputyId }).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var known = await db.People.Where(p => p.EntraObjectId != null)
            .Select(p => new { p.Id, p.EntraObjectId }).ToListAsync(cancellationToken);
        var entraIds = known.Where(p => personIds.Contains(p.Id)).Select(p => p.EntraObjectId!);
        return new NetworkPeople(personIds, entraIds.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Roster;

/// <summary>Read-only questions about rosters that the sync and the coordinators' commands ask.</summary>
public static class RosterQueries
{
    /// <summary>The network's coordinators (network-level Coordinator role, in force today).</summary>
    public static async Task<IReadOnlyList<Person>> CoordinatorsAsync(
        IDbContextFactory<VerkostotDbContext> contexts, string networkId, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.RoleAssignments
            .Where(r => r.NetworkId == networkId && r.Role == Role.Coordinator && r.BodyId == null)
            .Where(r => (r.From == null || r.From <= today) && (r.Until == null || r.Until >= today))
            .Select(r => r.PersonId).Distinct().ToListAsync(cancellationToken);
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Roster people not in the Team's group: left it, or never matched to a group member.</summary>
    public static async Task<IReadOnlyList<MissingMember>> MissingFromGroupAsync(
        IDbContextFactory<VerkostotDbContext> contexts, string networkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from m in db.NetworkMemberships
            join p in db.People on m.PersonId equals p.Id
            where m.NetworkId == networkId && !m.InGroup
            select new { p.Name, p.IsGuest, m.LeftOn, Matched = p.EntraObjectId != null }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MissingMember(r.Name, r.IsGuest, r.LeftOn, r.Matched)).DistinctBy(m => m.Name).OrderBy(m => m.Name, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), false))];
    }

    /// <summary>The sync states that currently have the credentials refused.</summary>
    public static async Task<IReadOnlyList<RosterSyncState>> CredentialFailuresAsync(
        IDbContextFactory<VerkostotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<RosterSyncState>().AsNoTracking().Where(s => s.CredentialProblem != null).ToListAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>Writes catalog content into the database: adding to an empty one, or replacing what is there.</summary>
public static class CatalogWriter
{
    /// <summary>Adds everything; the database numbers terms, seats, roles, memberships, meetings and items afresh.</summary>
    public static void Add(VerkostotDbContext db, CatalogContent content)
    {
        Renumber(content);
        db.Regions.AddRange(content.Regions);
        db.Municipalities.AddRange(content.Municipalities);
        db.People.AddRange(content.People);
        db.Networks.AddRange(content.Networks);
        db.Bodies.AddRange(content.Bodies);
        db.RoleAssignments.AddRange(content.Roles);
        db.NetworkMemberships.AddRange(content.Memberships);
        db.Meetings.AddRange(content.Meetings);
        db.PriorityDocuments.AddRange(content.PriorityDocuments);
    }

    /// <summary>
    /// Replaces all network data with <paramref name="content"/> in one transaction. Meetings entered since (not
    /// demo ones) survive when their network is still there, unless the file has a meeting of the same network,
    /// kind and start, which then takes its place. Conversation references are untouched.
    /// </summary>
    public static async Task<CatalogReplaceSummary> ReplaceAsync(VerkostotDbContext db, CatalogContent content, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var networkIds = content.Networks.Select(n => n.Id).ToHashSet();
            var incoming = content.Meetings.Select(m => (m.NetworkId, m.Kind, m.StartsAt)).ToHashSet();
            var kept = (await db.Meetings.AsNoTracking().Where(m => !m.IsDemo).ToListAsync(cancellationToken))
                .Where(m => networkIds.Contains(m.NetworkId) && !incoming.Contains((m.NetworkId, m.Kind, m.StartsAt)))
                .Select(m => m.Id)
                .ToHashSet();
            var removedMeetings = await db.Meetings.Where(m => !kept.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            await db.PriorityItems.ExecuteDeleteAsync(cancellationToken);
            await db.PriorityDocuments.ExecuteDeleteAsync(cancellationToken);
            await db.NetworkMemberships.ExecuteDeleteAsync(cancellationToken);
            await db.RoleAssignments.ExecuteDeleteAsync(cancellationToken);
            await db.Seats.ExecuteDeleteAsync(cancellationToken);
            await db.Terms.ExecuteDeleteAsync(cancellationToken);
            await db.Bodies.ExecuteDeleteAsync(cancellationToken);
            await db.Networks.ExecuteDeleteAsync(cancellationToken);
            await db.People.ExecuteDeleteAsync(cancellationToken);
            await db.Municipalities.ExecuteDeleteAsync(cancellationToken);
            await db.Regions.ExecuteDeleteAsync(cancellationToken);
            Add(db, content);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new CatalogReplaceSummary(removedMeetings, kept.Count);
        });
    }

    private static void Renumber(CatalogContent content)
    {
        foreach (var body in content.Bodies)
        {
            foreach (var term in body.Terms)
            {
                term.Id = 0;
                foreach (var seat in term.Seats) seat.Id = seat.TermId = 0;
            }
        }
        foreach (var role in content.Roles) role.Id = 0;
        foreach (var membership in content.Memberships) membership.Id = 0;
        foreach (var meeting in content.Meetings) meeting.Id = 0;
        foreach (var item in content.PriorityDocuments.SelectMany(d => d.Items)) item.Id = 0;
    }
}

/// <summary>What a replace did to meetings: how many were removed and how many entered meetings were kept.</summary>
public sealed record CatalogReplaceSummary(int MeetingsRemoved, int MeetingsKept);

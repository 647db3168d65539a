using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Roster;

/// <summary>
/// A lease row in the database, so that two syncs of one network never overlap, whichever instance or trigger
/// (nightly job, chat command) starts them. A crashed holder's lease simply runs out.
/// </summary>
public sealed class RosterSyncLease(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    public async Task<bool> TryAcquireAsync(string networkId, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureRowAsync(db, networkId, cancellationToken);
        var now = time.GetUtcNow();
        var until = now + Duration;
        // One conditional UPDATE: the database decides who wins when two try at once.
        var taken = await db.Set<RosterSyncState>()
            .Where(s => s.NetworkId == networkId && (s.LeaseUntil == null || s.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntil, until).SetProperty(s => s.LeaseHolder, holder), cancellationToken);
        return taken == 1;
    }

    public async Task ReleaseAsync(string networkId, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<RosterSyncState>()
            .Where(s => s.NetworkId == networkId && s.LeaseHolder == holder)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntil, (DateTimeOffset?)null).SetProperty(s => s.LeaseHolder, (string?)null), cancellationToken);
    }

    private static async Task EnsureRowAsync(VerkostotDbContext db, string networkId, CancellationToken cancellationToken)
    {
        if (await db.Set<RosterSyncState>().AnyAsync(s => s.NetworkId == networkId, cancellationToken))
        {
            return;
        }
        db.Add(new RosterSyncState { NetworkId = networkId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another sync inserted the row first; the conditional update settles who holds the lease.
        }
    }
}

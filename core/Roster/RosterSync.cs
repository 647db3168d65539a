using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;
using Verkostot.Core.Storage;
using Verkostot.Core.Telemetry;
using Verkostot.Core.Time;

namespace Verkostot.Core.Roster;

/// <summary>
/// Brings one network's roster in step with its Team's Microsoft 365 group: a delta since the stored delta link, or a
/// full read the first time and whenever the link has expired. Tells the coordinators what changed, and tells them
/// once per failure streak when the directory refuses the app's credentials. Never throws for directory failures:
/// they are recorded, and the next run tries again.
/// </summary>
public sealed class RosterSync(
    IDbContextFactory<VerkostotDbContext> contexts,
    IGroupDirectory directory,
    IMessenger messenger,
    RosterSyncLease lease,
    ChangeLogWriter changeLog,
    TimeProvider time,
    BusinessMetrics metrics,
    ILogger<RosterSync> logger)
{
    /// <summary>The networks that name a group, i.e. the ones a nightly sync covers.</summary>
    public async Task<IReadOnlyList<string>> NetworksWithGroupAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Networks.Where(n => n.GroupId != null && n.GroupId != "").Select(n => n.Id).ToListAsync(cancellationToken);
    }

    public async Task<RosterSyncOutcome> SyncAsync(string networkId, CancellationToken cancellationToken)
    {
        var network = await FindNetworkAsync(networkId, cancellationToken);
        if (network is null)
        {
            return RosterSyncOutcome.Failed(networkId, RosterSyncStatus.UnknownNetwork);
        }
        if (string.IsNullOrWhiteSpace(network.GroupId))
        {
            return RosterSyncOutcome.Failed(networkId, RosterSyncStatus.NoGroup);
        }

        var holder = Guid.NewGuid().ToString("N");
        if (!await lease.TryAcquireAsync(networkId, holder, cancellationToken))
        {
            RosterSyncLog.AlreadyRunning(logger, networkId);
            return RosterSyncOutcome.Failed(networkId, RosterSyncStatus.AlreadyRunning);
        }
        try
        {
            return await SyncHeldAsync(network, network.GroupId, cancellationToken);
        }
        finally
        {
            await lease.ReleaseAsync(networkId, holder, CancellationToken.None);
        }
    }

    private async Task<RosterSyncOutcome> SyncHeldAsync(Network network, string groupId, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await ApplyAsync(network, groupId, cancellationToken);
            RosterSyncLog.Synced(logger, network.Id, outcome.FullRead, outcome.Changes.Joined.Count, outcome.Changes.Left.Count, outcome.Changes.Unmatched.Count);
            metrics.RosterSynced(outcome.Changes);
            if (!outcome.Changes.IsEmpty)
            {
                await TellCoordinatorsAsync(network.Id, new RosterReport(Language.Finnish, network.Name.Fi, outcome.Changes), cancellationToken);
            }
            return outcome;
        }
        catch (DirectoryCredentialsRejectedException e)
        {
            RosterSyncLog.CredentialsRejected(logger, network.Id, e.Problem, e.Message);
            if (await RecordCredentialFailureAsync(network.Id, e, cancellationToken))
            {
                await TellCoordinatorsAsync(network.Id, new RosterCredentialAlert(Language.Finnish, network.Name.Fi, e.Problem), cancellationToken);
            }
            metrics.RosterSyncFailed(RosterSyncStatus.CredentialsRejected);
            return RosterSyncOutcome.Failed(network.Id, RosterSyncStatus.CredentialsRejected, e.Message);
        }
        catch (DirectoryException e)
        {
            var status = e is DirectoryNotConfiguredException ? RosterSyncStatus.NotConfigured : RosterSyncStatus.Unavailable;
            RosterSyncLog.Failed(logger, network.Id, e.Message);
            await RecordFailureAsync(network.Id, e.Message, cancellationToken);
            metrics.RosterSyncFailed(status);
            return RosterSyncOutcome.Failed(network.Id, status, e.Message);
        }
    }

    private async Task<RosterSyncOutcome> ApplyAsync(Network network, string groupId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Set<RosterSyncState>().SingleAsync(s => s.NetworkId == network.Id, cancellationToken);
        var today = HelsinkiTime.Today(time);

        GroupChanges? changes = null;
        if (state.DeltaLink is not null && state.GroupId == groupId)
        {
            try
            {
                changes = await directory.ReadChangesAsync(groupId, state.DeltaLink, cancellationToken);
            }
            catch (DeltaLinkExpiredException e)
            {
                RosterSyncLog.DeltaLinkExpired(logger, network.Id, e.Message);
            }
        }
        var roster = changes is null
            ? await ApplyFullReadAsync(db, network.Id, groupId, today, state, cancellationToken)
            : await ApplyChangesAsync(db, network.Id, today, changes, cancellationToken);
        if (changes is not null)
        {
            state.DeltaLink = changes.DeltaLink;
        }

        var now = time.GetUtcNow();
        state.GroupId = groupId;
        state.LastRunAt = now;
        state.LastSucceededAt = now;
        state.LastError = null;
        state.CredentialProblem = null;
        state.CredentialAlertSent = false;
        await db.SaveChangesAsync(cancellationToken);
        return new RosterSyncOutcome(network.Id, RosterSyncStatus.Synced, roster?.Changes ?? RosterChanges.None, changes is null);
    }

    private async Task<NetworkRoster?> ApplyChangesAsync(VerkostotDbContext db, string networkId, DateOnly today, GroupChanges changes,
        CancellationToken cancellationToken)
    {
        if (changes.IsEmpty)
        {
            return null;
        }
        var touched = changes.Added.Concat(changes.Removed).ToList();
        var known = (await db.People.Where(p => touched.Contains(p.EntraObjectId!)).Select(p => p.EntraObjectId!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = changes.Added.Where(id => !known.Contains(id)).ToList();
        var details = unknown.Count == 0
            ? new Dictionary<string, DirectoryMember>()
            : (await directory.ReadUsersAsync(unknown, cancellationToken)).ToDictionary(m => m.ObjectId, StringComparer.OrdinalIgnoreCase);
        var addresses = details.Values.SelectMany(m => new[] { m.Mail, m.UserPrincipalName }).OfType<string>().ToList();

        var roster = await NetworkRoster.LoadAsync(db, changeLog, networkId, today, touched, addresses, cancellationToken);
        foreach (var objectId in changes.Added)
        {
            if (details.TryGetValue(objectId, out var member))
            {
                roster.Join(member);
            }
            else
            {
                roster.Join(objectId);
            }
        }
        foreach (var objectId in changes.Removed)
        {
            roster.Leave(objectId);
        }
        return roster;
    }

    private async Task<NetworkRoster> ApplyFullReadAsync(VerkostotDbContext db, string networkId, string groupId, DateOnly today,
        RosterSyncState state, CancellationToken cancellationToken)
    {
        // The link first: anything that changes during the read comes again in the next delta, and applying it twice is harmless.
        state.DeltaLink = await directory.StartTrackingAsync(groupId, cancellationToken);
        var members = await directory.ReadMembersAsync(groupId, cancellationToken);
        var roster = await NetworkRoster.LoadAsync(db, changeLog, networkId, today, cancellationToken);
        foreach (var member in members)
        {
            roster.Join(member);
        }
        roster.LeaveAllExcept(members.Select(m => m.ObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase));
        return roster;
    }

    /// <summary>Records the failure; true when the coordinators have not yet been told about this streak.</summary>
    private async Task<bool> RecordCredentialFailureAsync(string networkId, DirectoryCredentialsRejectedException e, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Set<RosterSyncState>().SingleAsync(s => s.NetworkId == networkId, cancellationToken);
        var tell = !state.CredentialAlertSent;
        state.LastRunAt = time.GetUtcNow();
        state.LastError = e.Message;
        state.CredentialProblem = e.Problem;
        state.CredentialAlertSent = true;
        await db.SaveChangesAsync(cancellationToken);
        return tell;
    }

    private async Task RecordFailureAsync(string networkId, string error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Set<RosterSyncState>().SingleAsync(s => s.NetworkId == networkId, cancellationToken);
        state.LastRunAt = time.GetUtcNow();
        state.LastError = error;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task TellCoordinatorsAsync(string networkId, Notice notice, CancellationToken cancellationToken)
    {
        foreach (var coordinator in await RosterQueries.CoordinatorsAsync(contexts, networkId, HelsinkiTime.Today(time), cancellationToken))
        {
            var delivery = await messenger.SendToPersonAsync(new PersonAddress(coordinator.Id, coordinator.EntraObjectId), notice, cancellationToken);
            if (!delivery.IsSent)
            {
                RosterSyncLog.NotDelivered(logger, networkId, Privacy.LogPseudonym.Of(coordinator.Id), delivery.Status, delivery.Reason);
            }
        }
    }

    private async Task<Network?> FindNetworkAsync(string networkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Id == networkId, cancellationToken);
    }
}

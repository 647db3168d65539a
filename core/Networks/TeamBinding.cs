using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Networks;

/// <summary>
/// Binds a network to the Teams team (and channel, and Microsoft 365 group) it works in, so that questions asked
/// there are about it, announcements and digests go to that channel, and roster sync reads that group.
/// </summary>
public sealed class TeamBinding(IDbContextFactory<VerkostotDbContext> contexts, ChangeLogWriter changeLog)
{
    public async Task<bool> BindAsync(string networkId, string teamId, string channelId, string? groupId, ChangeActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var network = await db.Set<Network>().SingleOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (network is null)
        {
            return false;
        }
        var fields = new List<string>();
        if (network.TeamId != teamId) fields.Add("teamId");
        if (network.ChannelId != channelId) fields.Add("channelId");
        if (groupId is not null && network.GroupId != groupId) fields.Add("groupId");
        network.TeamId = teamId;
        network.ChannelId = channelId;
        network.GroupId = groupId ?? network.GroupId;
        if (fields.Count > 0) changeLog.Record(db, actor, ChangedKind.Network, network.Id, network.Id, ChangeAction.Changed, fields);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

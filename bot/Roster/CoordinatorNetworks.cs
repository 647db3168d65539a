using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Roster;

/// <summary>
/// The networks a roster command acts on: those the sender coordinates, narrowed to the network whose Team the
/// message was written in, if it was written in one.
/// </summary>
public sealed class CoordinatorNetworks(ICatalogSource catalogs, TimeProvider time)
{
    public async Task<IReadOnlyList<Network>> OfSenderAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } objectId)
        {
            return [];
        }
        var catalog = await catalogs.GetAsync(cancellationToken);
        var coordinated = catalog.NetworksCoordinatedBy(objectId, HelsinkiTime.Today(time));
        var teamId = activity.ChannelData?.Team?.Id;
        var inTeam = teamId is null ? [] : coordinated.Where(n => n.TeamId == teamId).ToList();
        return inTeam.Count > 0 ? inTeam : coordinated;
    }
}

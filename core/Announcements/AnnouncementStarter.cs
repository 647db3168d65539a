using Verkostot.Core.Catalog;
using Verkostot.Core.Time;

namespace Verkostot.Core.Announcements;

/// <summary>Starts a due announcement: resolves its audience from the catalog into outbox rows, once.</summary>
public sealed class AnnouncementStarter(DeliveryLedger ledger, ICatalogSource catalogs, TimeProvider time)
{
    /// <returns>True when this call started it; false when it was not due, already started or cancelled.</returns>
    public async Task<bool> StartAsync(Guid id, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var today = HelsinkiTime.Today(time);
        return await ledger.StartAsync(id, a => AudienceResolver.Resolve(catalog, a.NetworkId, a.Audience, today), cancellationToken);
    }
}

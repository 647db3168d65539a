using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Announcements;

/// <summary>Who is asking, as an author: a coordinator of some network today, matched by Entra object id.</summary>
public sealed class AnnouncementAccess(ICatalogSource catalogs, TimeProvider time)
{
    public const string Refusal =
        "Valitettavasti tiedotteita voivat lähettää vain verkostojen verkostovastaavat. Jos sinun pitäisi voida lähettää niitä, ota yhteyttä verkostosi verkostovastaavaan.";

    public async Task<AnnouncementAuthor?> AuthorAsync(Activity activity, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return AnnouncementAuthor.Find(catalog, activity.From?.AadObjectId, HelsinkiTime.Today(time));
    }
}

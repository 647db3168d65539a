using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Localization;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Announcements;

/// <summary>Who is asking, as an author: a coordinator of some network today, matched by Entra object id.</summary>
public sealed class AnnouncementAccess(ICatalogSource catalogs, TimeProvider time)
{
    public const string Refusal =
        "Valitettavasti tiedotteita voivat lähettää vain verkostojen verkostovastaavat. Jos sinun pitäisi voida lähettää niitä, ota yhteyttä verkostosi verkostovastaavaan.";

    public const string SwedishRefusal =
        "Tyvärr kan bara nätverkens nätverksansvariga skicka meddelanden. Om du borde kunna skicka dem, kontakta ditt nätverks nätverksansvariga.";

    public const string EnglishRefusal =
        "Sorry, only the networks' coordinators can send announcements. If you should be able to send them, please contact your network's coordinator.";

    /// <summary>The refusal in the language of the Teams client that asked (Finnish unless it is Swedish or English).</summary>
    public static string RefusalFor(Activity activity) => LocaleLanguage.Of(activity.Locale).Pick(Refusal, SwedishRefusal, EnglishRefusal);

    public async Task<AnnouncementAuthor?> AuthorAsync(Activity activity, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return AnnouncementAuthor.Find(catalog, activity.From?.AadObjectId, HelsinkiTime.Today(time));
    }
}

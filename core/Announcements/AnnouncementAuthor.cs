using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Announcements;

/// <summary>A coordinator who may announce, and the networks they coordinate today.</summary>
public sealed record AnnouncementAuthor(Person Person, IReadOnlyList<Network> Networks)
{
    /// <summary>
    /// The asker as an author, matched by Entra object id; null when they coordinate no network today (then they
    /// get a polite refusal, never a form).
    /// </summary>
    public static AnnouncementAuthor? Find(NetworkCatalog catalog, string? entraObjectId, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(entraObjectId) || !catalog.PeopleByEntraObjectId.TryGetValue(entraObjectId, out var person))
        {
            return null;
        }
        var networks = catalog.NetworksCoordinatedBy(entraObjectId, today);
        return networks.Count == 0 ? null : new AnnouncementAuthor(person, networks);
    }

    public bool Coordinates(string networkId) => Networks.Any(n => n.Id == networkId);

    /// <summary>Where the author works: chat by default; the web app sets <see cref="ChangeChannel.Web"/>.</summary>
    public ChangeChannel Channel { get; init; } = ChangeChannel.Chat;

    /// <summary>The author as the change log records their changes.</summary>
    public ChangeActor Actor => ChangeActor.Of(Person, Channel);
}

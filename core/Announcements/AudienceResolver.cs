using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Announcements;

/// <summary>Turns an audience into recipients from the catalog, each exactly once.</summary>
public static class AudienceResolver
{
    public static IReadOnlyList<PlannedRecipient> Resolve(NetworkCatalog catalog, string networkId, AnnouncementAudience audience, DateOnly today)
    {
        if (!catalog.NetworksById.TryGetValue(networkId, out var network))
        {
            return [];
        }
        IEnumerable<PlannedRecipient> recipients = audience switch
        {
            AnnouncementAudience.Channel => Channel(network),
            AnnouncementAudience.ChannelAndMembers => Channel(network).Concat(Members(catalog, networkId, today)),
            AnnouncementAudience.Presidium => Presidium(catalog, networkId, today),
            _ => [],
        };
        return [.. recipients.DistinctBy(r => r.Key)];
    }

    /// <summary>Whether the network has a channel to post in; without one only 1:1 audiences make sense.</summary>
    public static bool HasChannel(Network network) =>
        !string.IsNullOrEmpty(network.TeamId) && !string.IsNullOrEmpty(network.ChannelId);

    private static IEnumerable<PlannedRecipient> Channel(Network network) =>
        HasChannel(network) ? [PlannedRecipient.ForChannel(network.Name.Fi, network.TeamId!, network.ChannelId!)] : [];

    private static IEnumerable<PlannedRecipient> Members(NetworkCatalog catalog, string networkId, DateOnly today) =>
        (catalog.MembershipsByNetwork.GetValueOrDefault(networkId) ?? [])
            .Where(m => (m.JoinedOn is null || m.JoinedOn <= today) && (m.LeftOn is null || m.LeftOn > today))
            .Select(m => catalog.PeopleById.GetValueOrDefault(m.PersonId))
            .OfType<Person>()
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false))
            .Select(Person);

    private static IEnumerable<PlannedRecipient> Presidium(NetworkCatalog catalog, string networkId, DateOnly today) =>
        catalog.BodiesOf(networkId)
            .Where(b => b.Kind == BodyKind.Presidium)
            .Select(b => catalog.TermInForce(b.Id, today))
            .OfType<Term>()
            .SelectMany(t => t.Seats.SelectMany(s => new[] { s.MemberId, s.DeputyId }))
            .OfType<string>()
            .Select(id => catalog.PeopleById.GetValueOrDefault(id))
            .OfType<Person>()
            .Select(Person);

    private static PlannedRecipient Person(Person person) => PlannedRecipient.ForPerson(person.Id, person.Name, person.EntraObjectId);
}

using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Tests.Announcements;

/// <summary>A network with a coordinator, four members (one has left), and a presidium with a past and a current term.</summary>
public static class AnnouncementCatalog
{
    public const string NetworkId = "verkosto";
    public static readonly DateOnly Today = new(2026, 12, 1);

    public static NetworkCatalog Create(string? channelId = "19:c@thread.tacv2")
    {
        Person P(string id, string? aad = null) => new() { Id = id, Name = id.ToUpperInvariant(), EntraObjectId = aad };
        var people = new List<Person> { P("koordinaattori", "aad-k"), P("a", "aad-a"), P("b", "aad-b"), P("c"), P("lahtenyt", "aad-l"), P("ulkopuolinen", "aad-u") };
        var memberships = new List<NetworkMembership>
        {
            new() { Id = 1, NetworkId = NetworkId, PersonId = "a" },
            new() { Id = 2, NetworkId = NetworkId, PersonId = "b" },
            new() { Id = 3, NetworkId = NetworkId, PersonId = "c" },
            new() { Id = 4, NetworkId = NetworkId, PersonId = "lahtenyt", LeftOn = Today.AddDays(-10) },
            new() { Id = 5, NetworkId = NetworkId, PersonId = "ei-henkilorekisterissa" },
        };
        var body = new Body
        {
            Id = "pj",
            NetworkId = NetworkId,
            Kind = BodyKind.Presidium,
            Name = new LocalizedText("Puheenjohtajisto"),
            Terms =
            [
                new Term { Id = 1, BodyId = "pj", Start = new(2025, 1, 1), End = new(2025, 12, 31),
                    Seats = [new Seat { Id = 1, TermId = 1, RegionId = "e", RegionName = new LocalizedText("E"), MemberId = "lahtenyt", DeputyId = "c" }] },
                new Term { Id = 2, BodyId = "pj", Start = new(2026, 1, 1), End = new(2026, 12, 31),
                    Seats =
                    [
                        new Seat { Id = 2, TermId = 2, RegionId = "e", RegionName = new LocalizedText("E"), MemberId = "a", DeputyId = "b" },
                        new Seat { Id = 3, TermId = 2, RegionId = "i", RegionName = new LocalizedText("I"), MemberId = "b", DeputyId = null },
                    ] },
            ],
        };
        var roles = new List<RoleAssignment>
        {
            new() { Id = 1, PersonId = "koordinaattori", NetworkId = NetworkId, Role = Role.Coordinator },
            new() { Id = 2, PersonId = "a", NetworkId = NetworkId, Role = Role.Chair },
            new() { Id = 3, PersonId = "b", NetworkId = NetworkId, Role = Role.Coordinator, Until = Today.AddDays(-1) },
        };
        var network = new Network { Id = NetworkId, Name = new LocalizedText("Verkosto"), TeamId = channelId is null ? null : "team", ChannelId = channelId };
        return NetworkCatalog.Create(new CatalogContent([], [], people, [network], [body], roles, memberships, [], []));
    }
}

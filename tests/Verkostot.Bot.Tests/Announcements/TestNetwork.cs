using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>A small network for announcement tests: a coordinator, members, a presidium and a channel.</summary>
public static class TestNetwork
{
    public const string NetworkId = "testiverkosto";
    public const string TeamId = "team-1";
    public const string ChannelId = "19:channel-1@thread.tacv2";
    public const string CoordinatorAad = "aad-coordinator";
    public const string MemberAad = "aad-member-0";
    public const string TenantId = "tenant-1";

    public static string MemberAadOf(int i) => $"aad-member-{i}";

    /// <param name="unreachable">Members without an Entra id: the messenger cannot reach them.</param>
    /// <param name="shape">Sets more of member i (its e-mail, municipality …).</param>
    public static NetworkCatalog Catalog(int members, int unreachable = 0, Action<int, Person>? shape = null, IReadOnlyList<Municipality>? municipalities = null)
    {
        var people = new List<Person> { new() { Id = "koordinaattori", Name = "Kaija Koordinaattori", EntraObjectId = CoordinatorAad } };
        var memberships = new List<NetworkMembership>();
        for (var i = 0; i < members; i++)
        {
            people.Add(new Person { Id = $"jasen-{i}", Name = $"Jäsen {i:D4}", EntraObjectId = i < members - unreachable ? MemberAadOf(i) : null });
            shape?.Invoke(i, people[^1]);
            memberships.Add(new NetworkMembership { Id = i + 1, NetworkId = NetworkId, PersonId = $"jasen-{i}" });
        }
        var network = new Network { Id = NetworkId, Name = new LocalizedText("Testiverkosto"), TeamId = TeamId, ChannelId = ChannelId };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var presidium = new Body
        {
            Id = "testiverkosto-puheenjohtajisto",
            NetworkId = NetworkId,
            Kind = BodyKind.Presidium,
            Name = new LocalizedText("Puheenjohtajisto"),
            Terms =
            [
                new Term { Id = 1, BodyId = "testiverkosto-puheenjohtajisto", Start = today.AddYears(-2), End = today.AddYears(-1).AddDays(-1),
                    Seats = [new Seat { Id = 1, TermId = 1, RegionId = "etela", RegionName = new LocalizedText("Etelä"), MemberId = "jasen-9", DeputyId = "jasen-8" }] },
                new Term { Id = 2, BodyId = "testiverkosto-puheenjohtajisto", Start = today.AddYears(-1), End = today.AddYears(1),
                    Seats =
                    [
                        new Seat { Id = 2, TermId = 2, RegionId = "etela", RegionName = new LocalizedText("Etelä"), MemberId = "jasen-0", DeputyId = "jasen-1" },
                        new Seat { Id = 3, TermId = 2, RegionId = "ita", RegionName = new LocalizedText("Itä"), MemberId = "jasen-2", DeputyId = "jasen-3" },
                    ] },
            ],
        };
        var roles = new List<RoleAssignment>
        {
            new() { Id = 1, PersonId = "koordinaattori", NetworkId = NetworkId, Role = Role.Coordinator },
            new() { Id = 2, PersonId = "jasen-0", NetworkId = NetworkId, Role = Role.Chair },
        };
        return NetworkCatalog.Create(new CatalogContent([], municipalities ?? [], people, [network], [presidium], roles, memberships, [], []));
    }
}

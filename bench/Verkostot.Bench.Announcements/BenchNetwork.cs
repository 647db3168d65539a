using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bench.Announcements;

/// <summary>A network with a coordinator, a channel and as many members as the bench needs.</summary>
public static class BenchNetwork
{
    public const string NetworkId = "bench";
    public const string TeamId = "team-bench";
    public const string ChannelId = "19:bench@thread.tacv2";
    public const string CoordinatorAad = "aad-coordinator";

    public static NetworkCatalog Catalog(int members)
    {
        var people = new List<Person> { new() { Id = "coordinator", Name = "Kaija Koordinaattori", EntraObjectId = CoordinatorAad } };
        var memberships = new List<NetworkMembership>();
        for (var i = 0; i < members; i++)
        {
            people.Add(new Person { Id = $"member-{i}", Name = $"Jäsen {i:D4}", EntraObjectId = $"aad-member-{i}" });
            memberships.Add(new NetworkMembership { Id = i + 1, NetworkId = NetworkId, PersonId = $"member-{i}" });
        }
        var network = new Network { Id = NetworkId, Name = new LocalizedText("Benchmark-verkosto"), TeamId = TeamId, ChannelId = ChannelId };
        var roles = new List<RoleAssignment> { new() { Id = 1, PersonId = "coordinator", NetworkId = NetworkId, Role = Role.Coordinator } };
        return NetworkCatalog.Create(new CatalogContent([], [], people, [network], [], roles, memberships, [], []));
    }
}

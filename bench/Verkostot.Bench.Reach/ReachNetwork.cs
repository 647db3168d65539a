using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bench.Reach;

/// <summary>
/// A network whose members are reached three ways: most have a 1:1 chat with the bot; some have none but can have the
/// app installed for them; some are guests whose tenant will not have it, so only e-mail reaches them.
/// </summary>
public static class ReachNetwork
{
    public const string NetworkId = "bench";
    public const string TeamId = "team-bench";
    public const string ChannelId = "19:bench@thread.tacv2";
    public const string CoordinatorAad = "aad-coordinator";
    public const string TenantId = "tenant-bench";

    public static string AadOf(int member) => $"aad-member-{member}";

    public static NetworkCatalog Catalog(int members, Func<int, bool> isGuest)
    {
        var people = new List<Person> { new() { Id = "coordinator", Name = "Kaija Koordinaattori", EntraObjectId = CoordinatorAad } };
        var memberships = new List<NetworkMembership>();
        for (var i = 0; i < members; i++)
        {
            people.Add(new Person { Id = $"member-{i}", Name = $"Jäsen {i:D4}", EntraObjectId = AadOf(i), Email = $"jasen{i}@kunta.fi", IsGuest = isGuest(i) });
            memberships.Add(new NetworkMembership { Id = i + 1, NetworkId = NetworkId, PersonId = $"member-{i}" });
        }
        var network = new Network { Id = NetworkId, Name = new LocalizedText("Benchmark-verkosto"), TeamId = TeamId, ChannelId = ChannelId };
        var roles = new List<RoleAssignment> { new() { Id = 1, PersonId = "coordinator", NetworkId = NetworkId, Role = Role.Coordinator } };
        return NetworkCatalog.Create(new CatalogContent([], [], people, [network], [], roles, memberships, [], []));
    }
}

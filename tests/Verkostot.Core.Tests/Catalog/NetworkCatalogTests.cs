using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Tests.Catalog;

public sealed class NetworkCatalogTests
{
    private static readonly NetworkCatalog Catalog = NetworkCatalog.Create(CatalogContent.Empty with
    {
        Networks =
        [
            Network("unbound", teamId: null, channelId: null),
            Network("pienet-kunnat", teamId: "19:team-a@thread.tacv2", channelId: "19:general-a@thread.tacv2"),
            Network("suuret-kaupungit", teamId: "19:team-b@thread.tacv2", channelId: "19:general-b@thread.tacv2"),
        ],
    });

    [Fact]
    public void NetworkOfConversation_BoundTeam_ItsNetwork()
    {
        Assert.Equal("suuret-kaupungit", Catalog.NetworkOfConversation("19:team-b@thread.tacv2", "19:other@thread.tacv2")?.Id);
    }

    [Fact]
    public void NetworkOfConversation_BoundChannelOnly_ItsNetwork()
    {
        Assert.Equal("pienet-kunnat", Catalog.NetworkOfConversation(null, "19:general-a@thread.tacv2")?.Id);
    }

    [Fact]
    public void NetworkOfConversation_PersonalChat_None()
    {
        Assert.Null(Catalog.NetworkOfConversation(null, null));
    }

    [Fact]
    public void NetworkOfConversation_TeamNoNetworkIsBoundTo_None()
    {
        Assert.Null(Catalog.NetworkOfConversation("19:team-c@thread.tacv2", "19:general-c@thread.tacv2"));
    }

    private static Network Network(string id, string? teamId, string? channelId) =>
        new() { Id = id, Name = new LocalizedText(id), TeamId = teamId, ChannelId = channelId };
}

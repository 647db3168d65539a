using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Catalog;

namespace Verkostot.Bot.Tests.EndToEnd;

public sealed class BindTeamTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task BindTeam_ByCoordinator_BindsTheTeamChannelAndGroupToTheirNetwork()
    {
        await _host.PostAsync(InNewTeam("liitä tiimi", TestActivities.CoordinatorAad));
        var confirmation = await _host.ReplyInAsync("19:new-team-general@thread.tacv2;messageid=1");
        var catalog = await _host.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        var network = catalog.NetworksById["pienet-kunnat"];

        Assert.Contains("Pienten kuntien verkoston tiimi", confirmation.Text);
        Assert.Equal("19:new-team@thread.tacv2", network.TeamId);
        Assert.Equal("19:new-team-general@thread.tacv2", network.ChannelId);
        Assert.Equal("11111111-2222-3333-4444-555555555555", network.GroupId);
    }

    [Fact]
    public async Task BindTeam_ByOrdinaryMember_IsRefusedPolitely()
    {
        await _host.PostAsync(InNewTeam("liitä tämä tiimi", TestActivities.DeputyAad));

        var reply = await _host.ReplyInAsync("19:new-team-general@thread.tacv2;messageid=1");

        Assert.Equal("Vain verkoston verkostovastaava voi liittää tiimin verkostoon.", reply.Text);
    }

    private JsonObject InNewTeam(string text, string aad)
    {
        var activity = _host.ChannelMessage(text);
        activity["from"]!["aadObjectId"] = aad;
        activity["conversation"]!["id"] = "19:new-team-general@thread.tacv2;messageid=1";
        activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:new-team@thread.tacv2", ["aadGroupId"] = "11111111-2222-3333-4444-555555555555" };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = "19:new-team-general@thread.tacv2" };
        return activity;
    }
}

using System.Net;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.EndToEnd;

/// <summary>The real host with an app id: every request must carry a Bot Connector token.</summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAuthenticatedAsync(
        new Dictionary<string, string?> { ["Verkostot:AllowedTenants:0"] = TestActivities.TenantId });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Message_ValidToken_IsAnsweredWithTheBotsOwnToken()
    {
        var activity = _host.PersonalMessage("milloin on seuraava kokous");

        var response = await _host.PostAsync(activity, _host.MintToken());
        var reply = await _host.ReplyInAsync(activity["conversation"]!["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer outbound-test-token", reply.Authorization);
    }

    [Fact]
    public async Task Message_NoToken_Is401WithoutBodyAndNothingIsSent()
    {
        var response = await _host.PostAsync(_host.PersonalMessage("moi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Empty(_host.Connector.SentActivities);
    }

    [Fact]
    public async Task Message_TokenForAnotherServiceUrl_IsRefused()
    {
        var token = _host.MintToken(new TestTokensSpec { ServiceUrl = "https://smba.trafficmanager.net/emea/" });

        var response = await _host.PostAsync(_host.PersonalMessage("moi"), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Message_FromATenantNotAllowed_Is403AndNotProcessed()
    {
        var activity = _host.PersonalMessage("moi");
        activity["channelData"]!["tenant"]!["id"] = "99999999-9999-9999-9999-999999999999";

        var response = await _host.PostAsync(activity, _host.MintToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_host.Connector.SentActivities);
    }
}

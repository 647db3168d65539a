using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Time;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.EndToEnd;

/// <summary>The real host with an app id: every request must carry a Bot Connector token.</summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private readonly ManualClock _clock = ManualClock.Running();
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAuthenticatedAsync(
        new Dictionary<string, string?> { ["Verkostot:AllowedTenants:0"] = TestActivities.TenantId },
        services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

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

    [Fact]
    public async Task Message_Hs256SignedWithThePublishedPublicKey_Is401WithoutBodyAndNothingIsSent()
    {
        var forged = TestTokens.HmacWithPublicKey(_host.MintToken(), _host.SigningKey);

        var response = await _host.PostAsync(_host.PersonalMessage("moi"), forged);

        await AssertRefusedUnheardAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Message_100KbToken_Is401WithoutBodyAndNothingIsSent()
    {
        var padding = new string('a', 100 * 1024);
        var huge = _host.MintToken(new TestTokensSpec { ServiceUrl = _host.ServiceUrl, ExtraClaims = new Dictionary<string, object> { ["padding"] = padding } });

        var response = await _host.PostAsync(_host.PersonalMessage("moi"), huge);

        Assert.True(huge.Length > 100 * 1024);
        await AssertRefusedUnheardAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Message_GenuineTokenReplayedAfterItExpired_Is401AndAnsweredOnlyOnce()
    {
        var token = _host.MintToken(new TestTokensSpec { ServiceUrl = _host.ServiceUrl, Expires = _clock.GetUtcNow().AddMinutes(10) });
        var first = _host.PersonalMessage("moi");
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(first, token)).StatusCode);
        await _host.ReplyInAsync(first["conversation"]!["id"]!.GetValue<string>());

        await Task.Delay(200);
        var answered = SentMessages();

        _clock.Advance(TimeSpan.FromMinutes(16));
        var replayed = await _host.PostAsync(_host.PersonalMessage("moi"), token);

        await AssertRefusedUnheardAsync(replayed, HttpStatusCode.Unauthorized, alreadySent: answered);
    }

    [Fact]
    public async Task Message_NoTokenAndABodyThatIsNoActivity_Is401AndTheBodyIsNotJudged()
    {
        var response = await _host.PostAsync("{\"type\":\"message\",");

        await AssertRefusedUnheardAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Message_GenuineTokenButNotSentAsJson_Is415WithTheReason()
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(_host.PersonalMessage("moi").ToJsonString(), System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _host.MintToken());

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AssertRefusedUnheardAsync(HttpResponseMessage response, HttpStatusCode status, int alreadySent = 0)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Equal(alreadySent, SentMessages());
    }

    private int SentMessages() =>
        _host.Connector.SentActivities.Count(a => a.Json.GetProperty("type").GetString() == "message");
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>
/// The Hangfire dashboard behind the web app's Entra sign-in (Teams single sign-on against the loopback OpenID
/// server): administrators see and run jobs, coordinators only look, other members and strangers get nothing.
/// </summary>
public sealed partial class JobsDashboardTests : IAsyncLifetime
{
    private const string Host = "verkostot.example.org";
    private const string CoordinatorOid = "00000000-0000-0000-0000-0000000000020";
    private const string MemberOid = "00000000-0000-0000-0000-0000000000022";
    private const string TriggerUrl = "/hangfire/recurring/trigger";
    private static readonly string Resource = $"api://{Host}/{TestTokens.AppId}";

    private readonly TestTokensKey _key = TestTokensKey.Generate("entra-key");
    private FakeOpenIdServer _openId = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync(_key);
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = _openId.EntraInstance,
            ["AzureAd:TenantId"] = TestTokens.TenantId,
            ["AzureAd:ClientId"] = TestTokens.AppId,
            ["Hallinta:PublicHost"] = Host,
            ["Verkostot:AllowedTenants:0"] = TestTokens.TenantId,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_NotSignedIn_SendsToTheSignIn()
    {
        using var client = _host.CreateClient(new() { AllowAutoRedirect = false });

        using var page = await client.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/hallinta/kirjaudu", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Dashboard_Administrator_SeesTheJobsAndRunsOne()
    {
        using var client = await SignedInAsync(MemberOid, roles: ["Verkostot.Administrator"]);

        var page = await client.GetStringAsync("/hangfire/recurring");
        using var trigger = await TriggerAsync(client, page, "reminder-sweep");

        Assert.Contains("reminder-sweep", page);
        Assert.Contains(TriggerUrl, page);
        Assert.True(trigger.StatusCode == HttpStatusCode.NoContent,
            $"the trigger got {(int)trigger.StatusCode} {trigger.StatusCode}; the bot logged:\n{_host.Logs.Problems()}");
    }

    [Fact]
    public async Task Dashboard_AnotherBotInTheProcessStoppedMeanwhile_AdministratorStillRunsAJob()
    {
        // Hangfire has one log provider per process, which the host started last sets; the trigger asks it for loggers.
        await (await BotTestHost.StartAsync()).DisposeAsync();
        using var client = await SignedInAsync(MemberOid, roles: ["Verkostot.Administrator"]);

        var page = await client.GetStringAsync("/hangfire/recurring");
        using var trigger = await TriggerAsync(client, page, "reminder-sweep");

        Assert.True(trigger.StatusCode == HttpStatusCode.NoContent,
            $"the trigger got {(int)trigger.StatusCode} {trigger.StatusCode}; the bot logged:\n{_host.Logs.Problems()}");
    }

    [Fact]
    public async Task Dashboard_Coordinator_SeesTheJobsButCannotRunThem()
    {
        using var client = await SignedInAsync(CoordinatorOid);

        var page = await client.GetStringAsync("/hangfire/recurring");
        using var trigger = await TriggerAsync(client, page, "reminder-sweep");

        Assert.Contains("reminder-sweep", page);
        Assert.DoesNotContain(TriggerUrl, page);
        Assert.NotEqual(HttpStatusCode.NoContent, trigger.StatusCode);
        Assert.False(trigger.IsSuccessStatusCode, $"a coordinator ran a job: {trigger.StatusCode}");
    }

    [Fact]
    public async Task Dashboard_MemberWhoCoordinatesNothing_Is403()
    {
        using var client = await SignedInAsync(MemberOid);

        using var page = await client.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("reminder-sweep", await page.Content.ReadAsStringAsync());
    }

    private async Task<HttpClient> SignedInAsync(string oid, string[]? roles = null)
    {
        var client = _host.CreateClient(new() { AllowAutoRedirect = false });
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/hallinta/kirjaudu/teams");
        signIn.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(oid, roles));
        using var response = await client.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    // As the dashboard's own button does: the job id as a form field, the page's antiforgery token in its header.
    private static Task<HttpResponseMessage> TriggerAsync(HttpClient client, string page, string jobId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TriggerUrl)
        {
            Content = new FormUrlEncodedContent([new("jobs[]", jobId)]),
        };
        var header = CsrfHeader().Match(page);
        var token = CsrfToken().Match(page);
        if (header.Success && token.Success)
        {
            request.Headers.Add(header.Groups[1].Value, token.Groups[1].Value);
        }
        return client.SendAsync(request);
    }

    private string Token(string oid, string[]? roles)
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = TestTokens.TenantId,
            ["oid"] = oid,
            ["name"] = "Testi Henkilö",
            ["ver"] = "2.0",
            ["scp"] = "access_as_user",
        };
        if (roles is not null)
        {
            claims["roles"] = roles;
        }
        return TestTokens.Mint(_key, DateTimeOffset.UtcNow, new TestTokensSpec
        {
            Issuer = $"{_openId.EntraInstance}{TestTokens.TenantId}/v2.0",
            Audience = Resource,
            ServiceUrl = null,
            ExtraClaims = claims,
        });
    }

    [GeneratedRegex("""<meta name="csrf-header" content="([^"]+)""")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("""<meta name="csrf-token" content="([^"]+)""")]
    private static partial Regex CsrfToken();
}

using System.Net;
using System.Text.RegularExpressions;
using Verkostot.Bot.Tests.Configuration;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>
/// The Hangfire dashboard behind the web app's Entra sign-in (Teams single sign-on against the loopback OpenID
/// server): administrators see and run jobs, coordinators only look, other members and strangers get nothing.
/// </summary>
public sealed partial class JobsDashboardTests : IAsyncLifetime
{
    private const string CoordinatorOid = "00000000-0000-0000-0000-0000000000020";
    private const string MemberOid = "00000000-0000-0000-0000-0000000000022";
    private const string TriggerUrl = "/hangfire/recurring/trigger";

    private TeamsSignInHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsSignInHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Dashboard_NotSignedIn_SendsToTheSignIn()
    {
        using var client = _host.CreateClient();

        using var page = await client.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/hallinta/kirjaudu", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task Dashboard_NotSignedInOnAProductionProcess_SendsToTheSignInWithNoDeveloperSignIn()
    {
        var folder = Directory.CreateTempSubdirectory("verkostot-dashboard-");
        try
        {
            await using var bot = BotProcess.Start(ProductionSettings.In(folder.FullName), folder.FullName);
            await bot.WaitUntilListeningAsync(TimeSpan.FromSeconds(90));
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{bot.Port}") };

            using var page = await client.GetAsync("/hangfire/recurring");
            using var developer = await client.GetAsync("/hallinta/kirjaudu/kehittaja?henkilo=iira-ainiala");

            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/hallinta/kirjaudu", new Uri(client.BaseAddress, page.Headers.Location!).PathAndQuery);
            Assert.DoesNotContain("reminder-sweep", await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, developer.StatusCode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Dashboard_Administrator_SeesTheJobsAndRunsOne()
    {
        using var client = await _host.SignedInClientAsync(new TabToken(MemberOid) { Roles = ["Verkostot.Administrator"] });

        var page = await client.GetStringAsync("/hangfire/recurring");
        using var trigger = await TriggerAsync(client, page, "reminder-sweep");

        Assert.Contains("reminder-sweep", page);
        Assert.Contains(TriggerUrl, page);
        Assert.True(trigger.StatusCode == HttpStatusCode.NoContent,
            $"the trigger got {(int)trigger.StatusCode} {trigger.StatusCode}; the bot logged:\n{_host.Bot.Logs.Problems()}");
    }

    [Fact]
    public async Task Dashboard_AnotherBotInTheProcessStoppedMeanwhile_AdministratorStillRunsAJob()
    {
        // Hangfire has one log provider per process, which the host started last sets; the trigger asks it for loggers.
        await (await BotTestHost.StartAsync()).DisposeAsync();
        using var client = await _host.SignedInClientAsync(new TabToken(MemberOid) { Roles = ["Verkostot.Administrator"] });

        var page = await client.GetStringAsync("/hangfire/recurring");
        using var trigger = await TriggerAsync(client, page, "reminder-sweep");

        Assert.True(trigger.StatusCode == HttpStatusCode.NoContent,
            $"the trigger got {(int)trigger.StatusCode} {trigger.StatusCode}; the bot logged:\n{_host.Bot.Logs.Problems()}");
    }

    [Fact]
    public async Task Dashboard_Coordinator_SeesTheJobsButCannotRunThem()
    {
        using var client = await _host.SignedInClientAsync(new TabToken(CoordinatorOid));

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
        using var client = await _host.SignedInClientAsync(new TabToken(MemberOid));

        using var page = await client.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("reminder-sweep", await page.Content.ReadAsStringAsync());
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

    [GeneratedRegex("""<meta name="csrf-header" content="([^"]+)""")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("""<meta name="csrf-token" content="([^"]+)""")]
    private static partial Regex CsrfToken();
}

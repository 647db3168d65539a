using System.Net;
using System.Text.Json;
using Azure.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.DemoData;
using Verkostot.Core.Storage;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Loopback;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Health;

/// <summary>
/// /health/live and /health/ready of the real bot, with each dependency broken in turn: a PostgreSQL server of the
/// test's own stopped, Hangfire's tables gone, a migration missing, Microsoft Graph (a fake on 127.0.0.1) refusing the
/// credentials. Hangfire's storage is a process-wide static, so these hosts do not run beside others.
/// </summary>
[Collection(HangfireClientCollection.Name)]
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private const string LinkKey = "health-test-link-signing-key-0123456789abcdef";
    private const string AppPassword = "health-test-app-password-never-shown";
    private static readonly string[] ReadyChecks =
        ["database", "migrations", "hangfire-storage", "bot-connector-keys", "graph-credentials", "graph-access", "link-signing-keys", "roster-sync"];

    private FakeGraph _graph = null!;
    private readonly StubCredential _credential = new();

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.SetMembers(new DemoIdentityOptions().GroupId, [FakeUser.Numbered(1)]);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Ready_EveryDependencyUp_AnswersHealthyWithEachCheckAsJson()
    {
        await using var host = await StartAsync();

        var (status, body) = await ReadyWhenAsync(host, "Healthy");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ReadyChecks.Order(), Checks(body).Keys.Order());
        Assert.All(Checks(body), check => Assert.Equal("Healthy", check.Value.Status));
        Assert.Contains("Microsoft Graph accepts", Checks(body)["graph-credentials"].Description);
    }

    [Fact]
    public async Task Live_AnyState_AnswersHealthyWithoutRunningChecks()
    {
        await using var host = await StartAsync();
        _graph.Enqueue(FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token validation failure."));

        var (status, body) = await GetAsync(host, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateArray());
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task Ready_GraphAnswers401_IsDegradedOnGraphOnlyAndStillServes()
    {
        await using var host = await StartAsync();
        _graph.Enqueue(FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token validation failure."));

        var (status, body) = await GetAsync(host, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var graph = Checks(body)["graph-credentials"];
        Assert.Equal("Degraded", graph.Status);
        Assert.Contains("(401)", graph.Description);
        Assert.Contains(_graph.Requests, r => r.Authorization == "Bearer graph-token" && r.Target.Contains("/members?", StringComparison.Ordinal));
        Assert.All(Checks(body).Where(c => c.Key is not "graph-credentials" and not "hangfire-storage"), c => Assert.Equal("Healthy", c.Value.Status));
    }

    [Fact]
    public async Task Ready_GraphAnswers403_IsDegradedNamingThePermission()
    {
        await using var host = await StartAsync();
        _graph.Enqueue(FakeGraphResponse.Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

        var (_, body) = await GetAsync(host, "/health/ready");

        var graph = Checks(body)["graph-credentials"];
        Assert.Equal("Degraded", graph.Status);
        Assert.Contains("GroupMember.Read.All", graph.Description);
    }

    [Fact]
    public async Task Ready_GraphAsked_KeepsTheAnswerInsteadOfAskingOnEveryProbe()
    {
        await using var host = await StartAsync();

        await GetAsync(host, "/health/ready");
        await GetAsync(host, "/health/ready");
        using var client = host.CreateClient();
        (await client.GetAsync("/health")).Dispose();

        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task Ready_AMigrationMissing_Answers503NamingTheMigrations()
    {
        await using var host = await StartAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync();
            var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }

        var (status, body) = await GetAsync(host, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Matches("^1 of [0-9]+ migrations are not applied", Checks(body)["migrations"].Description);
        Assert.Equal("Healthy", Checks(body)["database"].Status);
    }

    [Fact]
    public async Task Ready_Authenticated_LoadsTheBotConnectorKeys()
    {
        await using var host = await BotTestHost.StartAuthenticatedAsync(GraphSettings(), UseStubCredential);

        var (_, body) = await GetAsync(host, "/health/ready");

        var keys = Checks(body)["bot-connector-keys"];
        Assert.Equal("Healthy", keys.Status);
        Assert.Equal("Token signing keys of the Bot Connector loaded: 1.", keys.Description);
    }

    [Fact]
    public async Task Ready_BotConnectorMetadataUnreachable_Answers503()
    {
        var settings = GraphSettings();
        settings["MicrosoftAppId"] = TestTokens.AppId;
        settings["MicrosoftAppTenantId"] = TestTokens.TenantId;
        settings["MicrosoftAppPassword"] = AppPassword;
        settings["OpenIdMetadataUrl"] = $"http://127.0.0.1:{LoopbackPort.Free()}/v1/.well-known/openidconfiguration";
        await using var host = await BotTestHost.StartAsync(settings, services =>
        {
            UseStubCredential(services);
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new NoTokens());
        });

        var (status, body) = await GetAsync(host, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var keys = Checks(body)["bot-connector-keys"];
        Assert.Equal("Unhealthy", keys.Status);
        Assert.Contains("activities from Teams would be refused", keys.Description);
        Assert.DoesNotContain("127.0.0.1", body.GetRawText());
    }

    [Fact]
    public async Task Ready_LinkKeysNotConfigured_IsDegradedNamingTheSettings()
    {
        await using var host = await BotTestHost.StartAsync(GraphSettings(), UseStubCredential);

        var (_, body) = await GetAsync(host, "/health/ready");

        var keys = Checks(body)["link-signing-keys"];
        Assert.Equal("Degraded", keys.Status);
        Assert.Contains("Verkostot:LinkSigningKey", keys.Description);
        Assert.Contains("Verkostot:PublicBaseUrl", keys.Description);
    }

    [Fact]
    public async Task Ready_PostgresStopped_Answers503AndLiveStaysUp_ThenRecovers()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = server.ConnectionString,
        });
        await ReadyWhenAsync(host, "Healthy");

        await server.StopAsync();
        var (status, body) = await GetAsync(host, "/health/ready");
        var (liveStatus, _) = await GetAsync(host, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(HttpStatusCode.OK, liveStatus);
        foreach (var name in new[] { "database", "migrations", "hangfire-storage", "roster-sync" })
        {
            Assert.Equal("Unhealthy", Checks(body)[name].Status);
        }
        Assert.Equal("The database does not answer.", Checks(body)["database"].Description);
        AssertShowsNoSecretsOrAddresses(body, server.ConnectionString);

        await server.RestartAsync();
        var (recovered, _) = await ReadyWhenAsync(host, "Healthy");
        Assert.Equal(HttpStatusCode.OK, recovered);
    }

    [Fact]
    public async Task Ready_HangfireTablesGone_IsUnhealthyOnHangfireOnly()
    {
        await using var database = await ThrowawayDatabase.PostgresAsync("verkostot_health");
        await using var host = await StartAsync(new Dictionary<string, string?>(database.Storage));
        await ReadyWhenAsync(host, "Healthy");

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP SCHEMA hangfire CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
        var (status, body) = await GetAsync(host, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Checks(body)["hangfire-storage"].Status);
        Assert.Equal("Healthy", Checks(body)["database"].Status);
        Assert.Equal("Healthy", Checks(body)["migrations"].Status);
    }

    [Fact]
    public async Task Health_KeptForOlderProbes_AnswersTheReadyStatusAsOneWord()
    {
        await using var host = await StartAsync();
        _graph.Enqueue(FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token validation failure."));

        using var client = host.CreateClient();
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Outbound calls are not what these tests are about; none may leave for a real token endpoint.</summary>
    private sealed class NoTokens : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>("no-real-token");
    }

    private static void AssertShowsNoSecretsOrAddresses(JsonElement body, string connectionString)
    {
        var text = body.GetRawText();
        var port = new NpgsqlConnectionStringBuilder(connectionString).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(port, text);
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain(LinkKey, text);
        Assert.DoesNotContain(AppPassword, text);
        Assert.DoesNotContain("graph-token", text);
    }

    private Task<BotTestHost> StartAsync(IDictionary<string, string?>? storage = null)
    {
        var settings = GraphSettings();
        settings["Verkostot:LinkSigningKey"] = LinkKey;
        settings["Verkostot:PublicBaseUrl"] = "https://verkostot.example.fi/";
        settings["Graph:ClientSecret"] = AppPassword;
        foreach (var (key, value) in storage ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return BotTestHost.StartAsync(settings, UseStubCredential);
    }

    private Dictionary<string, string?> GraphSettings() => new()
    {
        ["Graph:BaseUrl"] = _graph.BaseUrl,
        ["Graph:RetryDelaySeconds"] = "0",
    };

    private void UseStubCredential(IServiceCollection services) => services.AddSingleton<TokenCredential>(_credential);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(BotTestHost host, string path)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Hangfire's server reports in shortly after start; waits (bounded) until ready says <paramref name="wanted"/>.</summary>
    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyWhenAsync(BotTestHost host, string wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (status, body) = await GetAsync(host, "/health/ready");
            if (body.GetProperty("status").GetString() == wanted)
            {
                return (status, body);
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"/health/ready did not become {wanted} within 30 s: {body.GetRawText()}");
            }
            await Task.Delay(200);
        }
    }

    private static Dictionary<string, (string Status, string Description)> Checks(JsonElement body) =>
        body.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("status").GetString()!, c.TryGetProperty("description", out var d) ? d.GetString() ?? "" : ""));
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Logging;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// The real bot (Program, every registration) on a throw-away SQLite database, talking to a fake Bot Connector on
/// 127.0.0.1. In developer mode by default; <see cref="StartAuthenticatedAsync"/> turns on token validation against
/// a fake OpenID server. Helpers post activities and read what reached the connector.
/// </summary>
public sealed class BotTestHost : WebApplicationFactory<Program>
{
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite(pooling: true);
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly TimeProvider? _time;
    private FakeOpenIdServer? _openId;
    private TestTokensKey? _signingKey;

    private BotTestHost(FakeConnector connector, Dictionary<string, string?> settings, Action<IServiceCollection>? services,
        TimeProvider? time)
    {
        Connector = connector;
        _settings = settings;
        _services = services;
        _time = time;
        // A test that brings its own database (e.g. PostgreSQL) keeps it.
        foreach (var (key, value) in _database.Storage)
        {
            _settings.TryAdd(key, value);
        }
    }

    public FakeConnector Connector { get; }

    /// <summary>Everything the bot logged, with the exceptions: what a failing test prints to say what went wrong inside.</summary>
    internal CapturedLogs Logs { get; } = new();

    /// <summary>Developer mode: no app id, Development, no tokens either way.</summary>
    /// <param name="time">The bot's clock; the system clock if null.</param>
    /// <param name="connector">A connector started earlier (the host disposes it), for activities that name it before the host starts.</param>
    public static async Task<BotTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TimeProvider? time = null,
        FakeConnector? connector = null)
    {
        var host = new BotTestHost(connector ?? await FakeConnector.StartAsync(), new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()), services, time);
        _ = host.Server; // start now, so start-up failures surface in the test that caused them
        return host;
    }

    /// <summary>Production-like: an app id, tokens validated against a fake OpenID server on 127.0.0.1.</summary>
    public static async Task<BotTestHost> StartAuthenticatedAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TimeProvider? time = null)
    {
        var key = TestTokensKey.Generate("host-key", "msteams");
        var openId = await FakeOpenIdServer.StartAsync(key);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppTenantId"] = TestTokens.TenantId,
            ["MicrosoftAppPassword"] = "not-used-because-the-token-provider-is-replaced",
            ["OpenIdMetadataUrl"] = openId.MetadataUrl,
        };
        var host = new BotTestHost(await FakeConnector.StartAsync(), all, services, time) { _openId = openId, _signingKey = key };
        _ = host.Server;
        return host;
    }

    public string ServiceUrl => Connector.ServiceUrl;

    /// <summary>The fake OpenID server of <see cref="StartAuthenticatedAsync"/>.</summary>
    public FakeOpenIdServer OpenId => _openId ?? throw new InvalidOperationException("Start the host with StartAuthenticatedAsync.");

    /// <summary>The key the fake OpenID server publishes, endorsed for msteams.</summary>
    public TestTokensKey SigningKey => _signingKey ?? throw new InvalidOperationException("Start the host with StartAuthenticatedAsync.");

    /// <summary>A token the fake OpenID server vouches for, for this host's connector URL.</summary>
    public string MintToken(TestTokensSpec? spec = null) =>
        TestTokens.Mint(_signingKey ?? throw new InvalidOperationException("Start the host with StartAuthenticatedAsync."),
            DateTimeOffset.UtcNow, (spec ?? new TestTokensSpec()) with { ServiceUrl = spec?.ServiceUrl ?? ServiceUrl });

    public async Task<HttpResponseMessage> PostAsync(string json, string? token = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null) => PostAsync(activity.ToJsonString(), token);

    /// <summary>The next activity the bot sent into <paramref name="conversationId"/> that matches.</summary>
    public Task<RecordedRequest> ReplyInAsync(string conversationId, Func<RecordedRequest, bool>? match = null) =>
        Connector.WaitForRequestAsync(r => r.Method == "POST" && r.ConversationId == conversationId
            && r.Json.TryGetProperty("type", out var t) && t.GetString() == "message" && (match?.Invoke(r) ?? true),
            TimeSpan.FromSeconds(15));

    /// <summary>The bot stores the reference after answering: waits until a personal chat with the person is stored.</summary>
    public Task<Verkostot.Core.Conversations.ConversationReference> StoredPersonalChatAsync(string aadObjectId) =>
        StoredAsync((store, ct) => store.FindPersonalAsync(aadObjectId, ct), $"personal chat with {aadObjectId}");

    /// <summary>Waits until a conversation in the team is stored (what channel posts need).</summary>
    public Task<Verkostot.Core.Conversations.ConversationReference> StoredInTeamAsync(string teamId) =>
        StoredAsync((store, ct) => store.FindInTeamAsync(teamId, ct), $"conversation in team {teamId}");

    private async Task<Verkostot.Core.Conversations.ConversationReference> StoredAsync(
        Func<Verkostot.Core.Conversations.IConversationReferenceStore, CancellationToken, Task<Verkostot.Core.Conversations.ConversationReference?>> find,
        string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<Verkostot.Core.Conversations.IConversationReferenceStore>();
                if (await find(store, CancellationToken.None) is { } stored)
                {
                    return stored;
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {what} was stored within 10 s.");
            }
            await Task.Delay(25);
        }
    }

    public JsonObject PersonalMessage(string text, string? aadObjectId = TestActivities.CoordinatorAad, string locale = "fi-FI") =>
        TestActivities.PersonalMessage(ServiceUrl, text, aadObjectId, locale);

    public JsonObject ChannelMessage(string text) => TestActivities.ChannelMessage(ServiceUrl, text);

    public JsonObject CardAction(string verb, JsonObject data, string replyToId, string? aadObjectId = TestActivities.CoordinatorAad) =>
        TestActivities.CardAction(ServiceUrl, verb, data, replyToId, aadObjectId);

    /// <summary>Posts an invoke and reads the answer Teams gets in the HTTP response.</summary>
    public async Task<JsonElement> InvokeAsync(JsonObject invoke, string? token = null)
    {
        using var response = await PostAsync(invoke, token);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Runs <paramref name="work"/> on a service from a fresh scope, as a Hangfire job would get it.</summary>
    public async Task RunAsync<TService>(Func<TService, Task> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (_signingKey is not null)
            {
                services.RemoveAll<Verkostot.Bot.Connector.IBotTokenProvider>();
                services.AddSingleton<Verkostot.Bot.Connector.IBotTokenProvider>(new StaticTokenProvider("outbound-test-token"));
            }
            if (_time is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(_time));
            }
            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Connector.DisposeAsync();
        if (_openId is not null)
        {
            await _openId.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    private sealed class StaticTokenProvider(string token) : Verkostot.Bot.Connector.IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Protocol;
using Verkostot.Testing.Logging;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>
/// Inbound authentication as the application registers it (<see cref="AuthenticationServiceCollectionExtensions.AddBotAuthentication"/>),
/// in an in-memory ASP.NET Core server with a fake metadata server and a manual clock. /api/messages is a probe
/// mapped with the same policy as the real endpoint, answering with the claims it was let through with.
/// </summary>
internal sealed class AuthenticatorHost : IDisposable
{
    private readonly WebApplication _app;
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private bool _started;

    private AuthenticatorHost(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        Authenticator = new HttpAuthenticator(this);
    }

    public CapturedLogs Logs { get; }

    /// <summary>Posts an activity with the given header, channel and service URL to /api/messages.</summary>
    public HttpAuthenticator Authenticator { get; }

    public IServiceProvider Services => _app.Services;

    public static AuthenticatorHost Create(
        string? metadataUrl,
        TimeProvider clock,
        IDictionary<string, string?>? settings = null,
        string environment = "Production")
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppType"] = "MultiTenant",
            ["Verkostot:PublicBaseUrl"] = "https://verkostot.example.fi/",
            ["Verkostot:LinkSigningKey"] = "authenticator-host-link-signing-key-0123456789",
        };
        if (metadataUrl is not null)
        {
            values["OpenIdMetadataUrl"] = metadataUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(values);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddSingleton(clock);
        builder.Services.AddBotConfiguration(builder.Configuration);
        builder.Services.AddBotAuthentication(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapPost(MessagesEndpoint.Path, (HttpContext http) => Results.Json(new JsonObject
        {
            ["authenticated"] = http.User.Identity?.IsAuthenticated == true,
            ["claims"] = new JsonArray(http.User.Claims
                .Select(c => (JsonNode?)new JsonObject { ["type"] = c.Type, ["value"] = c.Value }).ToArray()),
        })).RequireBotConnector();
        return new AuthenticatorHost(app, logs);
    }

    internal async Task<HttpClient> ClientAsync()
    {
        await _startGate.WaitAsync();
        try
        {
            if (!_started)
            {
                await _app.StartAsync();
                _started = true;
            }
        }
        finally
        {
            _startGate.Release();
        }

        return _app.GetTestClient();
    }

    public void Dispose() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Connector;

namespace Verkostot.Bench.Targets;

/// <summary>
/// The real bot (Program, every registration) on Kestrel at 127.0.0.1, Production environment, JWT validation on
/// against the loopback OpenID server, a temp SQLite file. Only the outbound token differs: Azure.Identity cannot get
/// one offline, so a fixed token stands in for it.
/// </summary>
public sealed class InProcessBot : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly int _port = FreePort.Next();

    public InProcessBot(string openIdMetadataUrl, string databaseFile)
    {
        _settings = BenchSettings.Common(databaseFile);
        _settings["MicrosoftAppId"] = BenchSettings.AppId;
        _settings["MicrosoftAppPassword"] = "unused-the-outbound-token-is-fixed";
        _settings["OpenIdMetadataUrl"] = openIdMetadataUrl;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
    }

    public Uri Endpoint => new($"http://127.0.0.1:{_port}/api/messages");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FixedBotToken("outbound-bench-token"));
        });
    }

    private sealed class FixedBotToken(string token) : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}

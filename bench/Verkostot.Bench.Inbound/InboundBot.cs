using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Inbound;

/// <summary>
/// The real bot (Program, every registration) on Kestrel at 127.0.0.1 in developer mode (no tokens: this bench
/// measures scheduling and the inbox, not authentication), on its own SQLite file or PostgreSQL database.
/// </summary>
internal sealed class InboundBot : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly int _port = LoopbackPort.Free();

    public InboundBot(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
        StartServer();
    }

    public Uri Endpoint => new($"http://127.0.0.1:{_port}/api/messages");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        // The flooded chat alone writes a line per retry: the console is for figures.
        builder.UseSetting("Logging:LogLevel:Default", "None");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

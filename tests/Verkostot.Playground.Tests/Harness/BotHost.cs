using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Testing.Loopback;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The real bot host on a real socket (the Playground is another process and needs one), on 127.0.0.1 only,
/// in developer mode: Development and no MicrosoftAppId, so it takes the Playground's unauthenticated activities.
/// </summary>
internal sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly string _database;
    private readonly TimeProvider? _time;

    private BotHost(int port, string database, TimeProvider? time)
    {
        Port = port;
        _database = database;
        _time = time;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    public int Port { get; }

    public Uri MessagesEndpoint => new($"http://127.0.0.1:{Port}/api/messages");

    /// <param name="database">SQLite file of this run, so tests never touch the developer's data/verkostot.db.</param>
    /// <param name="time">The bot's clock (e.g. a fake one on the morning a reminder is due); the system clock if null.</param>
    public static BotHost Start(string database, TimeProvider? time = null)
    {
        var host = new BotHost(LoopbackPort.Free(), database, time);
        host.StartServer();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("MicrosoftAppPassword", "");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={_database}");
        if (_time is { } time)
        {
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            });
        }
    }
}

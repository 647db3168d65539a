using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The real bot host on a real socket (the Playground is another process and needs one), on 127.0.0.1 only,
/// in developer mode: Development and no MicrosoftAppId, so it takes the Playground's unauthenticated activities.
/// </summary>
internal sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly string _database;

    private BotHost(int port, string database)
    {
        Port = port;
        _database = database;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    public int Port { get; }

    public Uri MessagesEndpoint => new($"http://127.0.0.1:{Port}/api/messages");

    /// <param name="database">SQLite file of this run, so tests never touch the developer's data/verkostot.db.</param>
    public static BotHost Start(string database)
    {
        var host = new BotHost(LoopbackPort.Free(), database);
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
    }
}

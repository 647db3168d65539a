using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Catalog;
using Verkostot.Core.Storage;
using Verkostot.Testing.Storage;

namespace Verkostot.Web.Tests.Harness;

/// <summary>
/// The real bot (Program, every registration) on Kestrel at 127.0.0.1 so that a real browser can open it, in
/// Development with the demo data in a throw-away SQLite database.
/// </summary>
public sealed class WebAppHost : WebApplicationFactory<Program>
{
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite(pooling: true);

    // Every host watches its settings files and wwwroot; with inotify each watcher takes one of the user's 128
    // instances, which the agents and test runs sharing this machine exhaust ("inotify instances has been reached").
    // Polling watchers take none, and nothing here changes those files while a test runs.
    static WebAppHost() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    private readonly ILoggerProvider? _logs;

    private WebAppHost(string environment, IDictionary<string, string?>? settings, ILoggerProvider? logs)
    {
        _environment = environment;
        _logs = logs;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in _database.Storage)
        {
            _settings[key] = value;
        }
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string BaseUrl { get; private set; } = "";

    /// <param name="logs">A provider that also gets every log line, for a test to read what operators would see.</param>
    public static WebAppHost Start(string environment = "Development", IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var host = new WebAppHost(environment, settings, logs);
        host.StartServer();
        host.BaseUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return host;
    }

    /// <summary>Changes the data the way another part of the bot would, then lets the catalog see it.</summary>
    public async Task ChangeDataAsync(Func<VerkostotDbContext, Task> change)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
            await change(db);
            await db.SaveChangesAsync();
        }
        Services.GetRequiredService<ICatalogSource>().Invalidate();
    }

    public async Task<T> QueryAsync<T>(Func<VerkostotDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VerkostotDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_logs is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(_logs));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}

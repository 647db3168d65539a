using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Hallinta;

/// <summary>
/// The real bot (Program, every registration) on Kestrel at 127.0.0.1 with an empty SQLite file and no demo data. In
/// Development, because the bench signs in through the developer sign-in; logging at Warning. <paramref name="settings"/>
/// point Graph and Entra at the bench's loopback fakes.
/// </summary>
internal sealed class BenchHost(string databaseFile, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    private readonly int _port = LoopbackPort.Free();

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}");

    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(Path.Combine(Verkostot.Testing.RepositoryRoot.Path, "bot"));
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={databaseFile}");
        builder.UseSetting("Storage:SeedDemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

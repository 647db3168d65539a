using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

// dotnet run -c Release --project bench/Verkostot.Bench.Inbound -- [--requests 3000] [--warmup 300] [--concurrency 16]
// With VERKOSTOT_TEST_POSTGRES set (a server, as for the tests), the request path is measured on PostgreSQL too.

namespace Verkostot.Bench.Inbound;

/// <summary>Prints the inbound pipeline's figures: isolation under a flood and throttling, and the request path with the durable inbox.</summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var requests = Option(args, "--requests", 3_000);
        var warmup = Option(args, "--warmup", 300);
        var concurrency = Option(args, "--concurrency", 16);

        // WebApplicationFactory finds the bot's content root through MvcTestingAppManifest.json in the current folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var work = Directory.CreateTempSubdirectory("verkostot-bench-inbound-");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency + 4 }) { Timeout = TimeSpan.FromSeconds(60) };
        using var commits = new InboxCommits();
        Console.WriteLine($"Inbound pipeline bench, {DateTime.Now:d.M.yyyy HH.mm}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        Console.WriteLine();
        Console.WriteLine("1. Isolation: 500 messages into a chat whose serviceUrl refuses connections, every send of another chat 429 with");
        Console.WriteLine("   Retry-After: 30, and a third person's 50 questions (one per 250 ms) to a healthy loopback connector.");
        var (answered, acknowledged) = await IsolationRun.RunAsync(Path.Combine(work.FullName, "isolation.db"), http);
        Console.WriteLine($"   third person, POST → answer at the connector: {answered}");
        Console.WriteLine($"   third person, POST → 200:                     {acknowledged}");
        Console.WriteLine($"   target p99 ≤ 1 000 ms: {(answered[99] <= 1000 ? "met" : "NOT met")}");

        Console.WriteLine();
        Console.WriteLine($"2. Request path with the durable inbox: {requests} POSTs after {warmup} warm-up, concurrency {concurrency}, 2 000 conversations.");
        await RequestPathAsync("SQLite (WAL, file in /tmp)", new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(work.FullName, "requests.db")}",
        }, http, commits, requests, warmup, concurrency);
        if (Environment.GetEnvironmentVariable("VERKOSTOT_TEST_POSTGRES") is { } server)
        {
            var database = $"verkostot_bench_{Guid.NewGuid():N}";
            await ExecuteAsync(server, $"CREATE DATABASE {database}");
            try
            {
                await RequestPathAsync("PostgreSQL (loopback)", new Dictionary<string, string?>
                {
                    ["Storage:Provider"] = "PostgreSql",
                    ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
                }, http, commits, requests, warmup, concurrency);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }

        SqliteConnection.ClearAllPools();
        work.Delete(recursive: true);
        return 0;
    }

    static async Task RequestPathAsync(string name, Dictionary<string, string?> storage, HttpClient http, InboxCommits commits, int requests, int warmup, int concurrency)
    {
        var (posts, perSecond, (count, perCommit, durations)) = await RequestPathRun.RunAsync(storage, http, commits, requests, warmup, concurrency);
        Console.WriteLine($"   {name}: {perSecond:0} requests/s; POST {posts}");
        Console.WriteLine($"     {count} commits, {perCommit:0.0} activities per commit on average; commit {durations}");
    }

    static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

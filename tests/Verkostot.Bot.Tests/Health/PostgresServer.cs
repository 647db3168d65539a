using System.Diagnostics;
using Npgsql;
using Verkostot.Testing;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bot.Tests.Health;

/// <summary>
/// A PostgreSQL server of the test's own (scripts/postgres.sh: a real postmaster on 127.0.0.1), so that the test can
/// stop it and start it again without touching the server other tests share.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"verkostot-pg-{Guid.NewGuid():N}");
    private readonly int _port = LoopbackPort.Free();

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=verkostot;Timeout=3";

    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer();
        await RunScriptAsync("start", server._folder, server._port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={server._port};Username=postgres;Database=postgres");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE DATABASE verkostot", connection);
        await create.ExecuteNonQueryAsync();
        return server;
    }

    /// <summary>Stops the server as a crash would (immediate shutdown: no checkpoint, clients cut off).</summary>
    public Task StopAsync() => RunScriptAsync("stop", _folder, "immediate");

    /// <summary>Starts the same cluster again; it recovers from the stop as from a crash.</summary>
    public Task RestartAsync() =>
        RunScriptAsync("start", _folder, _port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunScriptAsync("stop", _folder, "immediate");
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static async Task RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "postgres.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        }
    }
}

using Microsoft.Data.Sqlite;
using Npgsql;

namespace Verkostot.Testing.Storage;

/// <summary>
/// A database of its own for one test or fixture, gone after disposal: a SQLite file in a temp folder that does not
/// exist yet (the storage setup must create it), or a PostgreSQL database on the server that VERKOSTOT_TEST_POSTGRES
/// names. It outlives the hosts on it as a real database does: two hosts on it are two instances of the bot, a new
/// host after a disposed one is a restart.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    public const string ServerVariable = "VERKOSTOT_TEST_POSTGRES";

    private readonly Func<Task> _drop;

    private ThrowawayDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    /// <summary>"Sqlite" or "PostgreSql", as Storage:Provider takes it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The Storage:* settings that put a host on this database.</summary>
    public IReadOnlyDictionary<string, string?> Storage => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Provider,
        ["Storage:ConnectionString"] = ConnectionString,
    };

    /// <param name="pooling">Off by default, so that a disposed host lets go of the file at once.</param>
    public static ThrowawayDatabase Sqlite(bool pooling = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "verkostot-tests", Guid.NewGuid().ToString("N"));
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "verkostot.db"),
            Pooling = pooling,
        }.ConnectionString;
        return new ThrowawayDatabase("Sqlite", connectionString, () => DeleteFolder(folder));
    }

    /// <param name="prefix">The start of the database's name, to tell whose it is on a shared server.</param>
    public static async Task<ThrowawayDatabase> PostgresAsync(string prefix = "verkostot_test")
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException(
                $"{ServerVariable} is not set. The PostgreSQL tests need a server: run scripts/test.sh, or " +
                "`bash scripts/postgres.sh start /tmp/pg-data 55433` and export " +
                $"{ServerVariable}=\"Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres\".");
        // Unquoted PostgreSQL names: lower case, at most 63 bytes.
        var database = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        return new ThrowawayDatabase("PostgreSql", connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        });
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static Task DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is the OS's to clean.
        }
        return Task.CompletedTask;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

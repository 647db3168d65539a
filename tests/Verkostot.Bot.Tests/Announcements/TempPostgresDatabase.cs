using Npgsql;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>
/// A PostgreSQL database of its own for one test, on the server named by VERKOSTOT_TEST_POSTGRES, dropped
/// afterwards; several hosts on it are several instances of the bot.
/// </summary>
public sealed class TempPostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _database;

    private TempPostgresDatabase(string server, string database)
    {
        _server = server;
        _database = database;
    }

    public IReadOnlyDictionary<string, string?> Storage => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString,
    };

    public static async Task<TempPostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("VERKOSTOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("VERKOSTOT_TEST_POSTGRES is not set. Run scripts/test.sh, or start a server with scripts/postgres.sh and export the connection string.");
        var database = $"verkostot_fan_{Guid.NewGuid():N}"[..30];
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        return new TempPostgresDatabase(server, database);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

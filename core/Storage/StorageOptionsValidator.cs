using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Verkostot.Core.Storage;

/// <summary>The connection string must parse for the chosen provider, so a typo stops the start, not the first query.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public const string ConnectionStringMissing =
        "Storage:ConnectionString is required: for SQLite e.g. Data Source=data/verkostot.db, for PostgreSQL e.g. Host=db.example.fi;Database=verkostot;Username=verkostot.";

    public const string RefreshNotPositive =
        "Storage:CatalogRefreshSeconds must be a positive whole number of seconds, e.g. 60.";

    public static string Unparsable(StorageProvider provider) => provider == StorageProvider.PostgreSql
        ? "Storage:ConnectionString is not a valid PostgreSQL (Npgsql) connection string; it should look like Host=db.example.fi;Database=verkostot;Username=verkostot."
        : "Storage:ConnectionString is not a valid SQLite connection string; it should look like Data Source=data/verkostot.db.";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add(ConnectionStringMissing);
        }
        else if (!Parses(options))
        {
            failures.Add(Unparsable(options.Provider));
        }
        if (options.CatalogRefreshSeconds <= 0)
        {
            failures.Add(RefreshNotPositive);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Parses(StorageOptions options)
    {
        try
        {
            return options.Provider == StorageProvider.PostgreSql ? ParsesForPostgres(options.ConnectionString) : ParsesForSqlite(options.ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    // One method per provider, so that checking a SQLite setting never loads Npgsql (and the other way round).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ParsesForPostgres(string connectionString) =>
        !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ParsesForSqlite(string connectionString) =>
        !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource);
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verkostot.Core.Administration;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.DemoData;

namespace Verkostot.Core.Tests.Storage;

/// <summary>A service provider with core storage on a database of its own, created for one test class.</summary>
public abstract class StorageFixture : IAsyncLifetime
{
    public ServiceProvider Services { get; private set; } = null!;

    public abstract string Provider { get; }

    public async Task InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        Services = Build(connectionString, seedDemoData: true);
    }

    public ServiceProvider Build(string connectionString, bool seedDemoData)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Provider,
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:SeedDemoData"] = seedDemoData.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(FixedTimeProvider.DemoToday);
        services.AddCoreStorage(configuration).AddAdministration();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await DropDatabaseAsync();
    }

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}

public sealed class SqliteStorageFixture : StorageFixture
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "verkostot-tests", Guid.NewGuid().ToString("N"));

    public override string Provider => "Sqlite";

    // A folder that does not exist yet: AddCoreStorage must create it.
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(folder, "verkostot.db")};Pooling=False");

    protected override Task DropDatabaseAsync()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class PostgresStorageFixture : StorageFixture
{
    private readonly string database = $"verkostot_test_{Guid.NewGuid():N}"[..32];
    private string server = "";

    public override string Provider => "PostgreSql";

    protected override async Task<string> CreateDatabaseAsync()
    {
        server = Environment.GetEnvironmentVariable("VERKOSTOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "VERKOSTOT_TEST_POSTGRES is not set. The PostgreSQL storage tests need a server: run scripts/test.sh, or " +
                "`bash scripts/postgres.sh start /tmp/pg-data 55433` and export VERKOSTOT_TEST_POSTGRES=\"Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres\".");
        await Execute($"CREATE DATABASE {database}");
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (server.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await Execute($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

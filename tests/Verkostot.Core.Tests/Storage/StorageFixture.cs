using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Administration;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.DemoData;
using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Storage;

/// <summary>A service provider with core storage on a database of its own, created for one test class.</summary>
public abstract class StorageFixture : IAsyncLifetime
{
    private ThrowawayDatabase? _database;

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        Services = Build(_database, seedDemoData: true);
    }

    private static ServiceProvider Build(ThrowawayDatabase database, bool seedDemoData)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Storage)
            .AddInMemoryCollection([new("Storage:SeedDemoData", seedDemoData.ToString())])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(DemoToday.Clock);
        services.AddCoreStorage(configuration).AddCoreAdministration();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    protected abstract Task<ThrowawayDatabase> CreateDatabaseAsync();
}

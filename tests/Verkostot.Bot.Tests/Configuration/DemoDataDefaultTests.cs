using Microsoft.Data.Sqlite;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Configuration;

/// <summary>Demo networks go into a database only in Development, or when Storage:SeedDemoData asks for them. Real processes.</summary>
[Trait("Category", "Process")]
public sealed class DemoDataDefaultTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("verkostot-demo-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Start_ProductionEmptyDatabase_LoadsNoDemoData()
    {
        await StartAndStopAsync(ProductionSettings.In(_folder.FullName));

        Assert.Equal(0, Networks());
    }

    [Fact]
    public async Task Start_ProductionAskedForDemoData_LoadsIt()
    {
        var settings = ProductionSettings.In(_folder.FullName);
        settings["Storage:SeedDemoData"] = "true";

        await StartAndStopAsync(settings);

        Assert.True(Networks() > 0);
    }

    [Fact]
    public async Task Start_DevelopmentEmptyDatabase_LoadsDemoData()
    {
        await StartAndStopAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage:ConnectionString"] = $"Data Source={ProductionSettings.DatabaseFile(_folder.FullName)}",
        });

        Assert.True(Networks() > 0);
    }

    // Listening means the database was migrated and, if it was going to be, seeded.
    private async Task StartAndStopAsync(Dictionary<string, string?> settings)
    {
        await using var bot = BotProcess.Start(settings, _folder.FullName);
        await bot.WaitUntilListeningAsync(Limit);
    }

    private long Networks()
    {
        using var connection = new SqliteConnection($"Data Source={ProductionSettings.DatabaseFile(_folder.FullName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Networks";
        return (long)command.ExecuteScalar()!;
    }
}

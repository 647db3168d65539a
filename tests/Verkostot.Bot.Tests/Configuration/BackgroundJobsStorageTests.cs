using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Configuration;

/// <summary>Hangfire keeps its jobs where the Storage options put the data: shared in PostgreSQL, in memory beside SQLite.</summary>
[Collection(HangfireClientCollection.Name)]
public sealed class BackgroundJobsStorageTests
{
    [Fact]
    public async Task AddBackgroundJobs_SqliteStorage_JobsInMemory()
    {
        await using var host = await BotTestHost.StartAsync();

        Assert.IsType<InMemoryStorage>(host.Services.GetRequiredService<JobStorage>());
    }

    [Fact]
    public async Task AddBackgroundJobs_PostgreSqlStorage_JobsInThatDatabase()
    {
        await using var database = await ThrowawayDatabase.PostgresAsync("verkostot_jobs");
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>(database.Storage));

        Assert.IsType<PostgreSqlStorage>(host.Services.GetRequiredService<JobStorage>());
    }
}

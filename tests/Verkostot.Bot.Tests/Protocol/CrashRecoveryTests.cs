using System.Net;
using Microsoft.Data.Sqlite;
using Verkostot.Testing.Connector;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Storage;
using Xunit.Abstractions;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>
/// kill -9 of the real bot process with accepted activities still waiting for a slow connector, then a restart: the
/// durable inbox answers every one of them, and none twice.
/// </summary>
[Trait("Category", "Process")]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 20;
    private const int MessagesEach = 10;
    private const int AnsweredBeforeKill = 30;
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task KilledWith200AcceptedActivitiesWaitingForASlowConnector_AfterRestartEachIsAnsweredExactlyOnce()
    {
        var settings = new Dictionary<string, string?>(_database.Storage) { ["Logging:LogLevel:Default"] = "Information" };
        var activities = Enumerable.Range(0, People * MessagesEach)
            .Select(i => Answers.From(i % People, _connector.ServiceUrl, $"kuka on puheenjohtaja {i}"))
            .ToList();
        // The connector answers a few, then hangs: the rest wait in the bot, in flight or queued, when it is killed.
        _connector.HoldAfter(AnsweredBeforeKill);

        await using (var first = await BotProcess.StartAsync(settings))
        {
            var statuses = await PostAllAsync(first, activities);
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            await Eventually.TrueAsync(() => _connector.Delivered.Count >= AnsweredBeforeKill,
                TimeSpan.FromSeconds(60), () => $"{_connector.Delivered.Count} requests answered");
            var answeredBeforeKill = Answers.PerActivity(_connector.Delivered).Count;
            await Eventually.TrueAsync(() => HandledRows() >= answeredBeforeKill, TimeSpan.FromSeconds(30),
                () => $"{HandledRows()} of {answeredBeforeKill} answered inbox rows marked handled");

            await first.KillAsync();
        }
        await Eventually.TrueAsync(() => _connector.Held == 0, TimeSpan.FromSeconds(10), () => $"{_connector.Held} requests of the killed bot still held");
        var beforeRestart = Answers.PerActivity(_connector.Delivered);
        _connector.Release();
        await using var second = await BotProcess.StartAsync(settings);
        await Eventually.TrueAsync(() => Answers.PerActivity(_connector.Delivered).Count == activities.Count,
            TimeSpan.FromSeconds(90), () => $"{Answers.PerActivity(_connector.Delivered).Count} of {activities.Count} answered\n{second.Tail()}");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second copy would come within this

        var answers = Answers.PerActivity(_connector.Delivered);
        output.WriteLine($"answered before the kill: {beforeRestart.Count}; requests that reached the connector: " +
            $"{_connector.Requests.Count(Answers.IsAnswer)}; answered in all: {answers.Values.Sum()}");
        Assert.NotEmpty(beforeRestart);
        Assert.Equal(activities.Select(Answers.IdOf).Order(), answers.Keys.Order());
        Assert.All(answers, a => Assert.True(a.Value == 1, $"activity {a.Key} answered {a.Value} times"));
        Assert.Contains(second.Output, line => line.Contains("Resumed message activity", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode[]> PostAllAsync(BotProcess bot, IReadOnlyList<System.Text.Json.Nodes.JsonObject> activities)
    {
        using var gate = new SemaphoreSlim(8);
        return await Task.WhenAll(activities.Select(async activity =>
        {
            await gate.WaitAsync();
            try
            {
                return await bot.PostAsync(activity);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private long HandledRows()
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "InboxActivities" WHERE "HandledAt" IS NOT NULL""";
        return (long)command.ExecuteScalar()!;
    }
}

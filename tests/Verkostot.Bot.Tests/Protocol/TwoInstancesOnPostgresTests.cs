using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using Verkostot.Testing.Connector;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>
/// Two real bot processes on one PostgreSQL database, as in production behind a load balancer: an activity is
/// handled by exactly one of them, also when Teams delivers it to both and when one of them is killed.
/// </summary>
[Trait("Category", "Process")]
public sealed class TwoInstancesOnPostgresTests : IAsyncLifetime
{
    private ThrowawayDatabase _database = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _database = await ThrowawayDatabase.PostgresAsync("verkostot_inbox");
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task EveryActivityDeliveredToBothInstances_IsAnsweredOnce()
    {
        await using var first = await BotProcess.StartAsync(Settings());
        await using var second = await BotProcess.StartAsync(Settings());
        var activities = Messages(count: 100);

        using var connections = new SemaphoreSlim(16);
        var statuses = await Task.WhenAll(activities.Select(async a =>
        {
            await connections.WaitAsync();
            try
            {
                return await Task.WhenAll(first.PostAsync(a), second.PostAsync(a));
            }
            finally
            {
                connections.Release();
            }
        }));
        await Eventually.TrueAsync(() => Answers.PerActivity(_connector.Requests).Count == activities.Count, TimeSpan.FromSeconds(60),
            () => $"{Answers.PerActivity(_connector.Requests).Count} of {activities.Count} answered");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var refused = statuses.SelectMany(s => s).Count(s => s != HttpStatusCode.OK);
        Assert.True(refused == 0, $"{refused} of {activities.Count * 2} posts were not answered 200; the bots logged:\n{Problems(first)}\n{Problems(second)}");
        Assert.All(Answers.PerActivity(_connector.Requests), a => Assert.True(a.Value == 1, $"activity {a.Key} answered {a.Value} times"));
        Assert.Equal(activities.Count, first.Output.Concat(second.Output).Count(l => l.Contains("delivered again", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InstanceKilledWithAcceptedActivities_TheOtherAnswersEachOnceWhenItsLeaseRunsOut()
    {
        await using var survivor = await BotProcess.StartAsync(Settings());
        var activities = Messages(count: 60);
        _connector.HoldAfter(10);
        await using (var victim = await BotProcess.StartAsync(Settings()))
        {
            foreach (var activity in activities)
            {
                Assert.Equal(HttpStatusCode.OK, await victim.PostAsync(activity));
            }
            await Eventually.TrueAsync(() => _connector.Delivered.Count >= 10, TimeSpan.FromSeconds(30), () => $"{_connector.Delivered.Count} answered");
            var answered = Answers.PerActivity(_connector.Delivered).Count;
            await Eventually.TrueAsync(() => HandledRows() >= answered, TimeSpan.FromSeconds(30), () => $"{HandledRows()} of {answered} marked handled");

            await victim.KillAsync();
        }
        await Eventually.TrueAsync(() => _connector.Held == 0, TimeSpan.FromSeconds(10), () => $"{_connector.Held} requests of the killed bot still held");
        _connector.Release();

        await Eventually.TrueAsync(() => Answers.PerActivity(_connector.Delivered).Count == activities.Count, TimeSpan.FromSeconds(60),
            () => $"{Answers.PerActivity(_connector.Delivered).Count} of {activities.Count} answered\n{survivor.Tail()}");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.All(Answers.PerActivity(_connector.Delivered), a => Assert.True(a.Value == 1, $"activity {a.Key} answered {a.Value} times"));
        Assert.Contains(survivor.Output, l => l.Contains("left unhandled by a stopped instance", StringComparison.Ordinal));
    }

    // The console's warnings and errors, each on one line with its exception: what made an instance refuse a post.
    private static string Problems(BotProcess bot) =>
        string.Join('\n', bot.Output.Where(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal)
            || l.StartsWith("crit:", StringComparison.Ordinal)).Take(10).Select(l => l.Length > 1500 ? l[..1500] : l));

    private Dictionary<string, string?> Settings() => new(_database.Storage)
    {
        // A shorter lease than the default 30 s, so that the survivor takes over sooner; not so short that a busy
        // machine lets a live instance's claims lapse between renewals (then both would answer).
        ["Inbound:ClaimLease"] = "00:00:10",
        ["Inbound:RecoveryInterval"] = "00:00:01",
        ["Storage:SeedDemoData"] = "true",
    };

    private List<JsonObject> Messages(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Answers.From(i % 10, _connector.ServiceUrl, $"kuka on puheenjohtaja {i}"))];

    private long HandledRows()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""SELECT COUNT(*) FROM "InboxActivities" WHERE "HandledAt" IS NOT NULL""", connection);
        return (long)command.ExecuteScalar()!;
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Inbox;
using Verkostot.Core.Storage;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Logging;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>
/// On start the bot handles what a stopped instance accepted and left unhandled, unless the person has moved on.
/// The rows are written as a crashed instance would have left them: claimed by it, with time left on the lease.
/// </summary>
public sealed class InboxRecoveryTests : IAsyncLifetime
{
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private readonly CapturedLogs _logs = new();
    private Dictionary<string, string?> _settings = null!;

    public async Task InitializeAsync()
    {
        _settings = new(_database.Storage);
        // A first start creates the database.
        await (await BotTestHost.StartAsync(_settings)).DisposeAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Start_UnhandledActivityFromBeforeACrash_IsAnswered()
    {
        var connector = await FakeConnector.StartAsync();
        var activity = TestActivities.PersonalMessage(connector.ServiceUrl, "kuka on puheenjohtaja", TestActivities.ChairAad, "fi-FI");
        await LeaveUnhandledAsync(activity, age: TimeSpan.FromSeconds(20));

        await using var host = await BotTestHost.StartAsync(_settings, Capture, connector: connector);
        var reply = await host.ReplyInAsync(Answers.ConversationOf(activity));

        Assert.EndsWith($"/activities/{Answers.IdOf(activity)}", reply.Path);
    }

    [Fact]
    public async Task Start_UnhandledActivityOlderThanTheMaxAge_IsDroppedAndLogged()
    {
        var connector = await FakeConnector.StartAsync();
        var activity = TestActivities.PersonalMessage(connector.ServiceUrl, "kuka on puheenjohtaja", TestActivities.ChairAad, "fi-FI");
        await LeaveUnhandledAsync(activity, age: TimeSpan.FromMinutes(5));

        await using var host = await BotTestHost.StartAsync(_settings, Capture, connector: connector);
        await Eventually.TrueAsync(() => _logs.Entries.Any(e => e.Level == LogLevel.Warning
            && e.Message.Contains($"Dropped activity {Answers.IdOf(activity)}", StringComparison.Ordinal)), TimeSpan.FromSeconds(10), () => "no log line");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Start_UnhandledInvokeFromBeforeACrash_IsNotRunAgainAndIsLogged()
    {
        var connector = await FakeConnector.StartAsync();
        var invoke = TestActivities.CardAction(connector.ServiceUrl, CountingAction.Verb, new JsonObject(), "1700000000001", TestActivities.ChairAad);
        await LeaveUnhandledAsync(invoke, age: TimeSpan.FromSeconds(20));
        var runs = new ActionRuns();

        await using var host = await BotTestHost.StartAsync(_settings, services =>
        {
            Capture(services);
            services.AddSingleton(runs);
            services.AddRoutes([CountingAction.Route]);
        }, connector: connector);
        await Eventually.TrueAsync(() => _logs.Entries.Any(e => e.Level == LogLevel.Warning
            && e.Message.Contains($"Invoke activity {Answers.IdOf(invoke)} was cut off", StringComparison.Ordinal)), TimeSpan.FromSeconds(10), () => "no log line");

        Assert.Equal(0, runs.Count);
    }

    private void Capture(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_logs);

    private async Task LeaveUnhandledAsync(JsonObject activity, TimeSpan age)
    {
        await using var db = new SqliteVerkostotDbContext(new DbContextOptionsBuilder<SqliteVerkostotDbContext>()
            .UseSqlite(_settings["Storage:ConnectionString"]).Options);
        var now = DateTimeOffset.UtcNow;
        db.Add(new InboxActivity
        {
            Key = InboxKey.Of(Answers.ConversationOf(activity), Answers.IdOf(activity)),
            ActivityId = Answers.IdOf(activity),
            ReceivedAt = now - age,
            Payload = Encoding.UTF8.GetBytes(activity.ToJsonString()),
            Owner = Guid.NewGuid(),
            ClaimedUntil = now + TimeSpan.FromMinutes(10),
        });
        await db.SaveChangesAsync();
    }
}

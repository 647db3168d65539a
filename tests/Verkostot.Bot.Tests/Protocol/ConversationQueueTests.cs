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
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>Each conversation's queue is bounded, and nothing is sent to a person who has moved on.</summary>
public sealed class ConversationQueueTests
{
    [Fact]
    public async Task Conversation_FloodedBeyondItsLimit_DropsTheOldestWaitingMessagesWithALogLine()
    {
        var logs = new CapturedLogs();
        var gate = new CommandGate();
        await using var host = await StartWithATurnHeldAsync(gate, logs);
        var waiting = Enumerable.Range(1, 5).Select(i => Answers.From(7, host.ServiceUrl, $"kuka on puheenjohtaja {i}")).ToList();

        foreach (var message in waiting)
        {
            await host.PostAsync(message);
        }
        gate.Open.SetResult();
        await Eventually.TrueAsync(() => Answers.PerActivity(host.Connector.Requests).Count == 4, TimeSpan.FromSeconds(30),
            () => $"{Answers.PerActivity(host.Connector.Requests).Count} answered");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var answered = Answers.PerActivity(host.Connector.Requests).Keys;
        Assert.Equal(waiting.Skip(2).Select(Answers.IdOf).Order(), answered.Intersect(waiting.Select(Answers.IdOf)).Order());
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("dropped the oldest message", StringComparison.Ordinal)
            && e.Message.Contains(Answers.IdOf(waiting[0]), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Conversation_FloodedWithNonMessagesBeyondItsLimit_DropsTheOldestWithALogLineAndMarksThemHandled()
    {
        var logs = new CapturedLogs();
        var gate = new CommandGate();
        await using var host = await StartWithATurnHeldAsync(gate, logs);
        var updates = Enumerable.Range(1, 5).Select(_ => ConversationUpdate(Answers.From(7, host.ServiceUrl, ""))).ToList();

        foreach (var update in updates)
        {
            await host.PostAsync(update);
        }
        // The conversation's handler is still held: only a drop can have finished an update.
        List<string> handled = [];
        await Eventually.TrueAsync(async () => (handled = await HandledAsync(host, updates)).Count >= 2, TimeSpan.FromSeconds(10),
            () => $"handled: [{string.Join(", ", handled)}]");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        handled = await HandledAsync(host, updates);
        gate.Open.SetResult();

        Assert.Equal(updates.Take(2).Select(Answers.IdOf).Order(), handled.Order());
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains($"dropped the oldest conversationUpdate, {Answers.IdOf(updates[0])}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replies_QueueFullOfAnswers_TypingIndicatorPushesNoneOut()
    {
        var logs = new CapturedLogs();
        var gate = new CommandGate();
        await using var host = await BotTestHost.StartAsync(
            new Dictionary<string, string?> { ["Inbound:ConversationQueueLimit"] = "2" },
            services =>
            {
                services.AddSingleton(gate);
                services.AddRoutes([TypingCommand.Route]);
                services.AddSingleton<ILoggerProvider>(logs);
            });
        // Teams is slow: the first "typing…" stays in flight and the two answers behind it fill the queue.
        host.Connector.HoldAfter(0);
        var first = Answers.From(7, host.ServiceUrl, "kirjoita 1");
        var second = Answers.From(7, host.ServiceUrl, "kirjoita 2");
        var third = Answers.From(7, host.ServiceUrl, "kirjoita 3 odota");
        await host.PostAsync(first);
        await host.Connector.WaitForRequestAsync(r => r.Json.TryGetProperty("type", out var t) && t.GetString() == "typing",
            TimeSpan.FromSeconds(15));
        await host.PostAsync(second);
        await host.PostAsync(third);
        // The third conversation turn runs after the second has queued its answer, and has queued its "typing…".
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        host.Connector.Release();
        await Eventually.TrueAsync(() => Answers.PerActivity(host.Connector.Requests).Count == 2, TimeSpan.FromSeconds(30),
            () => $"{Answers.PerActivity(host.Connector.Requests).Count} answered");
        gate.Open.SetResult();
        await Eventually.TrueAsync(() => Answers.PerActivity(host.Connector.Requests).Count == 3, TimeSpan.FromSeconds(30),
            () => $"{Answers.PerActivity(host.Connector.Requests).Count} answered");

        var answered = Answers.PerActivity(host.Connector.Requests);
        Assert.Equal(new[] { first, second, third }.Select(Answers.IdOf).Order(), answered.Keys.Order());
        Assert.All(answered.Values, count => Assert.Equal(1, count));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("replies waiting", StringComparison.Ordinal));
    }

    /// <summary>The message turned into a conversationUpdate of the same conversation, as Teams sends when members change.</summary>
    private static JsonObject ConversationUpdate(JsonObject message)
    {
        message.Remove("text");
        message["type"] = "conversationUpdate";
        return message;
    }

    /// <summary>Which of the activities the inbox has marked handled.</summary>
    private static async Task<List<string>> HandledAsync(BotTestHost host, IEnumerable<JsonObject> activities)
    {
        var ids = activities.Select(Answers.IdOf).ToList();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync();
        return await db.Set<InboxActivity>().Where(a => a.HandledAt != null && ids.Contains(a.ActivityId!)).Select(a => a.ActivityId!).ToListAsync();
    }

    [Fact]
    public async Task Reply_ThrottledPastTheMaxAge_IsNotSentLateAndIsLogged()
    {
        var logs = new CapturedLogs();
        await using var host = await BotTestHost.StartAsync(
            new Dictionary<string, string?> { ["Inbound:MaxAge"] = "00:00:02" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        // Teams asks for 5 s; the person's 2 s are up before then.
        host.Connector.Always(FakeResponse.Throttled("5"));
        var activity = host.PersonalMessage("kuka on puheenjohtaja");

        await host.PostAsync(activity);
        await Eventually.TrueAsync(() => logs.Entries.Any(e => e.Message.Contains($"Reply to activity {Answers.IdOf(activity)} not sent", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), () => "no log line about the late reply");
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Single(host.Connector.Requests, Answers.IsAnswer);
    }

    /// <summary>A bot whose conversation 7 holds 3 activities at most, with its first turn held at the gate.</summary>
    private static async Task<BotTestHost> StartWithATurnHeldAsync(CommandGate gate, CapturedLogs logs)
    {
        var host = await BotTestHost.StartAsync(
            new Dictionary<string, string?> { ["Inbound:ConversationQueueLimit"] = "3" },
            services =>
            {
                services.AddSingleton(gate);
                services.AddRoutes([WaitingCommand.Route]);
                services.AddSingleton<ILoggerProvider>(logs);
            });
        await host.PostAsync(Answers.From(7, host.ServiceUrl, WaitingCommand.Text));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return host;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Testing.Connector;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>Each conversation's queue is bounded, and nothing is sent to a person who has moved on.</summary>
public sealed class ConversationQueueTests
{
    [Fact]
    public async Task Conversation_FloodedBeyondItsLimit_DropsTheOldestWaitingMessagesWithALogLine()
    {
        var logs = new CapturedLogs();
        var gate = new CommandGate();
        await using var host = await BotTestHost.StartAsync(
            new Dictionary<string, string?> { ["Inbound:ConversationQueueLimit"] = "3" },
            services =>
            {
                services.AddSingleton(gate);
                services.AddRoutes([WaitingCommand.Route]);
                services.AddSingleton<ILoggerProvider>(logs);
            });
        await host.PostAsync(Answers.From(7, host.ServiceUrl, WaitingCommand.Text));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = Enumerable.Range(1, 5).Select(i => Answers.From(7, host.ServiceUrl, $"kuka on puheenjohtaja {i}")).ToList();

        foreach (var message in waiting)
        {
            await host.PostAsync(message);
        }
        gate.Open.SetResult();
        await Answers.WaitUntilAsync(() => Answers.PerActivity(host.Connector.Requests).Count == 4, TimeSpan.FromSeconds(15),
            () => $"{Answers.PerActivity(host.Connector.Requests).Count} answered");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var answered = Answers.PerActivity(host.Connector.Requests).Keys;
        Assert.Equal(waiting.Skip(2).Select(Answers.IdOf).Order(), answered.Intersect(waiting.Select(Answers.IdOf)).Order());
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("dropped the oldest message", StringComparison.Ordinal)
            && e.Message.Contains(Answers.IdOf(waiting[0]), StringComparison.Ordinal));
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
        await Answers.WaitUntilAsync(() => logs.Entries.Any(e => e.Message.Contains($"Reply to activity {Answers.IdOf(activity)} not sent", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), () => "no log line about the late reply");
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Single(host.Connector.Requests, Answers.IsAnswer);
    }
}

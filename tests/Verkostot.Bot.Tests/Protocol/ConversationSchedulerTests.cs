using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Protocol.Scheduling;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>The scheduler on its own, driven as one worker drives it: conversations take turns.</summary>
public sealed class ConversationSchedulerTests : IDisposable
{
    private static readonly ActivityRoute Messages = Route.Activity<MessageHandler>(ActivityTypes.Message);
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private long _inboxIds;

    public void Dispose() => _meters.Dispose();

    [Fact]
    public void Ready_OneConversationWithManyTurnsAndAnotherWithOne_TheOtherRunsRightAfterTheFirstTurn()
    {
        var scheduler = NewScheduler();
        foreach (var id in new[] { "a1", "a2", "a3", "a4" })
        {
            Enqueue(scheduler, "A", id);
        }
        Enqueue(scheduler, "B", "b1");

        var ran = RunAll(scheduler);

        Assert.Equal(["a1", "b1", "a2", "a3", "a4"], ran);
    }

    [Fact]
    public void Ready_ConversationsWithSeveralTurnsEach_TakeTurnsOneActivityAtATime()
    {
        var scheduler = NewScheduler();
        foreach (var id in new[] { "a1", "a2", "a3" })
        {
            Enqueue(scheduler, "A", id);
        }
        foreach (var id in new[] { "b1", "b2" })
        {
            Enqueue(scheduler, "B", id);
        }
        Enqueue(scheduler, "C", "c1");

        var ran = RunAll(scheduler);

        Assert.Equal(["a1", "b1", "c1", "a2", "b2", "a3"], ran);
    }

    /// <summary>What one worker (TurnWorker) does, without running handlers: the activity ids in the order they would run.</summary>
    private static List<string> RunAll(ConversationScheduler scheduler)
    {
        var ran = new List<string>();
        while (scheduler.Ready.TryRead(out var lane))
        {
            if (scheduler.Next(lane) is not { } turn)
            {
                continue;
            }
            ran.Add(turn.ActivityId!);
            scheduler.Ran(lane);
        }
        return ran;
    }

    private void Enqueue(ConversationScheduler scheduler, string conversationId, string activityId)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Id = activityId, Conversation = new ConversationAccount { Id = conversationId } };
        Assert.True(scheduler.Enqueue(activity, Messages, ++_inboxIds, DateTimeOffset.UtcNow));
    }

    // Queuing and taking turns touch neither the inbox nor the connector: nothing is dropped, closed or sent here.
    private ConversationScheduler NewScheduler() => new(
        Options.Create(new InboundOptions()),
        inbox: null!,
        sender: null!,
        new InboundMetrics(_meters.GetRequiredService<IMeterFactory>()),
        TimeProvider.System,
        NullLogger<ConversationScheduler>.Instance);
}

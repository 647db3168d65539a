using Stopwatch = System.Diagnostics.Stopwatch;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Inbox;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// Schedules accepted activities per conversation, so that no conversation can stall another. Handlers run on a few
/// workers that take conversations in turn: after one activity a conversation goes to the back of the line (round
/// robin). Replies wait in their conversation's queue and are sent by a loop of that conversation which holds no
/// worker: waiting for a Teams permit, a Retry-After or a back-off is an awaited timer there. Each conversation's
/// queues are bounded (a flood drops its oldest chatter, else its oldest activity), and nothing is sent after its
/// activity's deadline.
/// </summary>
public sealed partial class ConversationScheduler(
    IOptions<InboundOptions> options,
    InboxWriter inbox,
    ReplySender sender,
    InboundMetrics metrics,
    TimeProvider time,
    ILogger<ConversationScheduler> logger)
{
    private readonly InboundOptions _options = options.Value;
    private readonly object _gate = new();
    private readonly Dictionary<string, ConversationLane> _lanes = new(StringComparer.Ordinal);
    private readonly HashSet<long> _queuedInboxIds = [];
    private readonly Channel<ConversationLane> _ready = Channel.CreateUnbounded<ConversationLane>();
    private readonly CancellationTokenSource _stopping = new();
    private int _sendLoops;

    /// <summary>Conversations with an activity waiting for a handler, each listed once, in the order they are due.</summary>
    internal ChannelReader<ConversationLane> Ready => _ready.Reader;

    /// <summary>Conversations with work (for tests and diagnostics).</summary>
    public int ActiveConversations
    {
        get { lock (_gate) { return _lanes.Count; } }
    }

    /// <summary>Queues an accepted activity in its conversation; false when that inbox row is queued here already.</summary>
    public bool Enqueue(Activity activity, ActivityRoute route, long inboxId, DateTimeOffset receivedAt)
    {
        var turn = new Turn(activity, route, inboxId, receivedAt, receivedAt + _options.MaxAge);
        Turn? dropped = null;
        int? report = null;
        lock (_gate)
        {
            if (!_queuedInboxIds.Add(inboxId))
            {
                return false;
            }
            var lane = LaneOf(turn.ConversationId);
            // Chatter goes first; a queue of nothing else (member updates, installs) is bounded all the same.
            if (lane.Turns.Count >= _options.ConversationQueueLimit && (OldestChatter(lane.Turns) ?? lane.Turns.First) is { } oldest)
            {
                lane.Turns.Remove(oldest);
                dropped = oldest.Value;
                report = lane.Lost(time.GetUtcNow());
            }
            lane.Turns.AddLast(turn);
            if (!lane.Scheduled)
            {
                lane.Scheduled = true;
                _ready.Writer.TryWrite(lane);
            }
        }

        if (dropped is not null)
        {
            metrics.Lost("flood");
            if (report is { } count)
            {
                LogFloodDropped(dropped.ActivityType, dropped.ActivityId, _options.ConversationQueueLimit, count);
            }
            Close(dropped);
        }
        return true;
    }

    /// <summary>Queues a reply in its conversation; it is sent after the replies queued before it.</summary>
    public void Send(PendingReply reply)
    {
        reply.Turn?.Open();
        var closed = new List<PendingReply>();
        PendingReply? dropped = null;
        int? report = null;
        ConversationLane? start = null;
        lock (_gate)
        {
            var lane = LaneOf(reply.ConversationId);
            if (!reply.IsTyping)
            {
                // "Typing…" still waiting when the answer itself is queued would only come after it.
                RemoveWaiting(lane, static r => r.IsTyping, closed);
            }
            var full = Waiting(lane) >= _options.ConversationQueueLimit;
            if (full && reply.IsTyping)
            {
                // "Typing…" never pushes out an answer: with answers already waiting it tells the person nothing.
                closed.Add(reply);
            }
            else
            {
                if (full && OldestWaiting(lane) is { } oldest)
                {
                    lane.Replies.Remove(oldest);
                    closed.Add(dropped = oldest.Value);
                    report = lane.Lost(time.GetUtcNow());
                }
                lane.Replies.AddLast(reply);
            }
            if (!lane.Sending)
            {
                // The first reply is the one the new send loop takes: nothing may drop it from now on.
                lane.InFlight = lane.Replies.First;
                lane.Sending = true;
                Interlocked.Increment(ref _sendLoops);
                start = lane;
            }
        }

        if (dropped is not null)
        {
            metrics.Lost("reply-flood");
            if (report is { } count)
            {
                LogReplyDropped(ActivityIdOf(dropped), _options.ConversationQueueLimit, count);
            }
        }
        Close(closed);
        if (start is not null)
        {
            // Started here rather than queued to the thread pool: it runs only until its first wait (a permit, the
            // connector's answer), which it awaits without holding the caller, and one hop per reply is saved.
            _ = SendLoopAsync(start);
        }
    }

    /// <summary>The next activity of a conversation taken from the ready queue, or null when it has none left.</summary>
    internal Turn? Next(ConversationLane lane)
    {
        lock (_gate)
        {
            if (lane.Turns.First is { } first)
            {
                lane.Turns.RemoveFirst();
                return first.Value;
            }
            lane.Scheduled = false;
            ForgetIfIdle(lane);
            return null;
        }
    }

    /// <summary>A worker ran one activity of the conversation: it goes to the back of the line if it has more.</summary>
    internal void Ran(ConversationLane lane)
    {
        lock (_gate)
        {
            if (lane.Turns.Count > 0)
            {
                _ready.Writer.TryWrite(lane);
                return;
            }
            lane.Scheduled = false;
            ForgetIfIdle(lane);
        }
    }

    /// <summary>A turn whose deadline passed before a worker got to it: not handled, logged.</summary>
    internal void Skip(Turn turn)
    {
        int? report;
        lock (_gate)
        {
            report = LaneOf(turn.ConversationId).Lost(time.GetUtcNow());
        }
        metrics.Lost("late");
        if (report is { } count)
        {
            LogTurnLate(turn.ActivityType, turn.ActivityId, time.GetUtcNow() - turn.ReceivedAt, count);
        }
        Close(turn);
    }

    /// <summary>Closes one part of a turn (its handler run or one reply); the last part completes its inbox row.</summary>
    internal void Close(Turn? turn)
    {
        if (turn is null || !turn.Close())
        {
            return;
        }
        lock (_gate)
        {
            _queuedInboxIds.Remove(turn.InboxId);
        }
        inbox.Complete(turn.InboxId);
    }

    private void Close(List<PendingReply> replies) => replies.ForEach(r => Close(r.Turn));

    /// <summary>
    /// Lets replies being sent finish for <see cref="InboundOptions.StopGrace"/>, then stops every send loop. What is
    /// left stays unhandled in the inbox, for the next start (or another instance) to handle.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var grace = Stopwatch.StartNew();
        while (Volatile.Read(ref _sendLoops) > 0 && grace.Elapsed < _options.StopGrace && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
        }
        await _stopping.CancelAsync();
    }

    private async Task SendLoopAsync(ConversationLane lane)
    {
        try
        {
            while (NextToSend(lane) is { } node)
            {
                var outcome = await sender.SendAsync(node.Value, _stopping.Token);
                if (outcome == SendOutcome.Stopped)
                {
                    return;
                }
                int? report = null;
                lock (_gate)
                {
                    lane.Replies.Remove(node);
                    lane.InFlight = lane.Replies.First;
                    if (outcome == SendOutcome.Late)
                    {
                        report = lane.Lost(time.GetUtcNow());
                    }
                }
                if (outcome == SendOutcome.Late)
                {
                    metrics.Lost("late-reply");
                }
                if (report is { } count)
                {
                    LogReplyLate(ActivityIdOf(node.Value), count);
                }
                Close(node.Value.Turn);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _sendLoops);
        }
    }

    private LinkedListNode<PendingReply>? NextToSend(ConversationLane lane)
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return null;
            }
            if (lane.Replies.First is not { } first)
            {
                lane.Sending = false;
                ForgetIfIdle(lane);
                return null;
            }
            return lane.InFlight = first;
        }
    }

    private ConversationLane LaneOf(string conversationId)
    {
        if (!_lanes.TryGetValue(conversationId, out var lane))
        {
            lane = new ConversationLane(conversationId);
            _lanes.Add(conversationId, lane);
        }
        return lane;
    }

    private void ForgetIfIdle(ConversationLane lane)
    {
        if (lane.IsIdle)
        {
            _lanes.Remove(lane.ConversationId);
        }
    }

    private static LinkedListNode<Turn>? OldestChatter(LinkedList<Turn> turns)
    {
        for (var node = turns.First; node is not null; node = node.Next)
        {
            if (node.Value.IsChatter)
            {
                return node;
            }
        }
        return null;
    }

    /// <summary>Replies queued behind the one being sent: the bound is on these, the send in progress cannot be dropped.</summary>
    private static int Waiting(ConversationLane lane) => lane.Replies.Count - (lane.InFlight is null ? 0 : 1);

    private static LinkedListNode<PendingReply>? OldestWaiting(ConversationLane lane) =>
        lane.Replies.First == lane.InFlight ? lane.InFlight?.Next : lane.Replies.First;

    private static void RemoveWaiting(ConversationLane lane, Func<PendingReply, bool> match, List<PendingReply> removed)
    {
        var node = OldestWaiting(lane);
        while (node is not null)
        {
            var next = node.Next;
            if (match(node.Value))
            {
                lane.Replies.Remove(node);
                removed.Add(node.Value);
            }
            node = next;
        }
    }

    private static string? ActivityIdOf(PendingReply reply) => reply.Turn?.ActivityId ?? reply.ReplyToId;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "A conversation has more than {Limit} activities waiting: dropped the oldest {ActivityType}, {ActivityId} ({Count} lost in this conversation since the last line)")]
    private partial void LogFloodDropped(string? activityType, string? activityId, int limit, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "A conversation has more than {Limit} replies waiting: dropped the oldest, to activity {ActivityId} ({Count} lost in this conversation since the last line)")]
    private partial void LogReplyDropped(string? activityId, int limit, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{ActivityType} activity {ActivityId} not handled: {Age} after it arrived the person has moved on ({Count} lost in this conversation since the last line)")]
    private partial void LogTurnLate(string? activityType, string? activityId, TimeSpan age, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Reply to activity {ActivityId} not sent: its deadline passed and the person has moved on ({Count} lost in this conversation since the last line)")]
    private partial void LogReplyLate(string? activityId, int count);
}

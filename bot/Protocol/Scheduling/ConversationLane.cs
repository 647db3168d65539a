namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// One conversation's work: activities waiting for a handler and replies waiting to be sent, each in arrival order.
/// At most one handler and one send run for it at a time, which keeps its answers in order. Guarded by the
/// scheduler's lock.
/// </summary>
internal sealed class ConversationLane(string conversationId)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);
    private DateTimeOffset _lastLoggedAt = DateTimeOffset.MinValue;
    private int _unlogged;

    public string ConversationId { get; } = conversationId;

    public LinkedList<Turn> Turns { get; } = new();

    public LinkedList<PendingReply> Replies { get; } = new();

    /// <summary>In the ready queue or running a handler.</summary>
    public bool Scheduled { get; set; }

    /// <summary>A send loop is draining <see cref="Replies"/>.</summary>
    public bool Sending { get; set; }

    /// <summary>The reply being sent (the first of <see cref="Replies"/>), which nothing may drop.</summary>
    public LinkedListNode<PendingReply>? InFlight { get; set; }

    public bool IsIdle => !Scheduled && !Sending && Turns.Count == 0 && Replies.Count == 0;

    /// <summary>
    /// Counts a drop or a late reply; returns how many to report when a log line is due (the first, then at most
    /// one line per 10 seconds), so that a flooded conversation cannot flood the log as well.
    /// </summary>
    public int? Lost(DateTimeOffset now)
    {
        _unlogged++;
        if (now - _lastLoggedAt < LogEvery)
        {
            return null;
        }
        _lastLoggedAt = now;
        var count = _unlogged;
        _unlogged = 0;
        return count;
    }
}

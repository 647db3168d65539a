using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// One accepted activity on its way through its conversation: handled, then its replies sent. It is finished when
/// both are done (sent, given up or too late), and only then is its inbox row marked handled.
/// </summary>
public sealed class Turn(Activity activity, ActivityRoute route, long inboxId, DateTimeOffset receivedAt, DateTimeOffset deadline)
{
    // The handler's own run counts as one open part; every reply it queues adds one.
    private int _open = 1;
    private Activity? _activity = activity;

    /// <summary>The inbound activity, until it has been handled (see <see cref="ReleaseActivity"/>).</summary>
    public Activity Activity => _activity ?? throw new InvalidOperationException($"Activity {ActivityId} was handled and released.");

    /// <summary>For log lines, also after the activity is released.</summary>
    public string? ActivityId { get; } = activity.Id;

    public string? ActivityType { get; } = activity.Type;

    public ActivityRoute Route { get; } = route;

    /// <summary>Its row in the durable inbox, marked handled when the turn is finished.</summary>
    public long InboxId { get; } = inboxId;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>After this the person has moved on: the turn is not handled and its replies are not sent.</summary>
    public DateTimeOffset Deadline { get; } = deadline;

    public string ConversationId { get; } = activity.Conversation!.Id!;

    /// <summary>Messages are chatter: when a conversation floods, the oldest waiting ones are dropped first.</summary>
    public bool IsChatter => ActivityType == ActivityTypes.Message;

    /// <summary>
    /// Lets the activity go once it is handled: replies may wait minutes for Teams (permits, Retry-After, a dead
    /// serviceUrl), and a fuzzed or merely long message should not stay in memory with each of them.
    /// </summary>
    internal void ReleaseActivity() => _activity = null;

    internal void Open() => Interlocked.Increment(ref _open);

    /// <summary>True when this closed the last open part.</summary>
    internal bool Close() => Interlocked.Decrement(ref _open) == 0;
}

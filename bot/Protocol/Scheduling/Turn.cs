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

    public Activity Activity { get; } = activity;

    public ActivityRoute Route { get; } = route;

    /// <summary>Its row in the durable inbox, marked handled when the turn is finished.</summary>
    public long InboxId { get; } = inboxId;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>After this the person has moved on: the turn is not handled and its replies are not sent.</summary>
    public DateTimeOffset Deadline { get; } = deadline;

    public string ConversationId => Activity.Conversation!.Id!;

    /// <summary>Messages are chatter: when a conversation floods, the oldest waiting ones are dropped first.</summary>
    public bool IsChatter => Activity.Type == ActivityTypes.Message;

    internal void Open() => Interlocked.Increment(ref _open);

    /// <summary>True when this closed the last open part.</summary>
    internal bool Close() => Interlocked.Decrement(ref _open) == 0;
}

using Verkostot.Bot.Protocol.Outbound;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>A reply waiting in its conversation's queue to be sent through the Bot Connector.</summary>
public sealed record PendingReply(
    Turn? Turn,
    string ServiceUrl,
    string ConversationId,
    string? ReplyToId,
    OutgoingActivity Activity,
    DateTimeOffset Deadline)
{
    public bool IsTyping => Activity.Type == ActivityTypes.Typing;
}

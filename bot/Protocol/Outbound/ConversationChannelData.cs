namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>Teams channelData of a new conversation: which channel (for a thread) and which tenant.</summary>
public sealed record ConversationChannelData
{
    public IdReference? Channel { get; init; }
    public IdReference? Tenant { get; init; }
}

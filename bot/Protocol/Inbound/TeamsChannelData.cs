namespace Verkostot.Bot.Protocol.Inbound;

/// <summary>Teams' channelData: the tenant, team and channel, and the event of a conversationUpdate.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
}

namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>Body of <c>POST v3/conversations</c>: starts a 1:1 chat, or a new thread in a Teams channel.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public Account? Bot { get; init; }
    public List<Account>? Members { get; init; }
    public string? TopicName { get; init; }
    public ConversationChannelData? ChannelData { get; init; }
    public OutgoingActivity? Activity { get; init; }
    public string? TenantId { get; init; }

    /// <summary>A proactive 1:1 chat with a user (their Teams id, 29:…), in their tenant.</summary>
    public static ConversationParameters PersonalChat(string userId, string tenantId, string? botId = null) => new()
    {
        IsGroup = false,
        Bot = botId is null ? null : new Account { Id = botId },
        Members = [new Account { Id = userId }],
        ChannelData = new ConversationChannelData { Tenant = new IdReference(tenantId) },
        TenantId = tenantId,
    };

    /// <summary>A new thread in a Teams channel, opened by <paramref name="activity"/>.</summary>
    public static ConversationParameters ChannelThread(string channelId, string tenantId, OutgoingActivity activity) => new()
    {
        IsGroup = true,
        ChannelData = new ConversationChannelData { Channel = new IdReference(channelId), Tenant = new IdReference(tenantId) },
        Activity = activity,
        TenantId = tenantId,
    };
}

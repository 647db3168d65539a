namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>A ConversationAccount on the wire.</summary>
public sealed record Conversation
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
}

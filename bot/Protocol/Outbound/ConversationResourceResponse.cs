namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>Answer to <c>POST v3/conversations</c>: the new conversation and, for a thread, its first activity.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}

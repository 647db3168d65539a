namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>The connector's error body: <c>{"error":{"code":"ConversationNotFound","message":"…"}}</c>.</summary>
public sealed record ErrorResponse
{
    public ErrorBody? Error { get; init; }
}

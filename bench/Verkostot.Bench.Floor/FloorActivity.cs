namespace Verkostot.Bench.Floor;

/// <summary>The few fields of an inbound activity that a reply needs.</summary>
internal sealed record FloorActivity(string? Type, string? Id, string? ServiceUrl, FloorConversation? Conversation, string? Text);

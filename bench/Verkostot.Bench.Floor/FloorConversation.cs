namespace Verkostot.Bench.Floor;

internal sealed record FloorConversation(string? Id);

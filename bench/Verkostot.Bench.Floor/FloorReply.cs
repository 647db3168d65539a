namespace Verkostot.Bench.Floor;

/// <summary>The one message the floor sends back.</summary>
internal sealed record FloorReply(string Type, string Text, string? ReplyToId);

namespace Verkostot.Playground.Tests.Harness.Json;

/// <summary>Answer to a posted message; in a channel each new post opens its own conversation (a thread).</summary>
internal sealed record PostedMessage(string MessageId, string? PostConversationId, long Timestamp);

namespace Verkostot.Core.Messaging;

/// <summary>Where a delivered message landed, so it can be replaced later.</summary>
/// <param name="Endpoint">The messaging service that holds the conversation (opaque to core).</param>
public sealed record SentMessage(string ConversationId, string ActivityId, string Endpoint);

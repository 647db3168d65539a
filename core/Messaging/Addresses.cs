namespace Verkostot.Core.Messaging;

/// <summary>A person to message 1:1; Teams knows people by their Entra object id.</summary>
public sealed record PersonAddress(string PersonId, string? EntraObjectId, string? TenantId = null);

/// <summary>A Teams channel to start a new thread in.</summary>
public sealed record ChannelAddress(string TeamId, string ChannelId, string? TenantId = null);

/// <summary>Where a delivered message landed, so it can be replaced later.</summary>
/// <param name="Endpoint">The messaging service that holds the conversation (opaque to core).</param>
public sealed record SentMessage(string ConversationId, string ActivityId, string Endpoint);

namespace Verkostot.Core.Messaging;

/// <summary>A Teams channel to start a new thread in.</summary>
public sealed record ChannelAddress(string TeamId, string ChannelId, string? TenantId = null);

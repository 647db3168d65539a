namespace Verkostot.Bench.Load;

/// <summary>A bot endpoint under load, the app id it answers to, and the bearer token to send (null: none).</summary>
public sealed record LoadTarget(string Name, Uri Endpoint, string BotId, string? Token);

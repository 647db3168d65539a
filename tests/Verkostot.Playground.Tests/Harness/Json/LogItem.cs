namespace Verkostot.Playground.Tests.Harness.Json;

/// <summary>A call between the bot and the Playground; for the bot's connector calls, what it sent and what it got back.</summary>
internal sealed record LogItem(string? ActivityName, long Timestamp, string? From, string? To, LogRequest? Request, LogResponse? Response);

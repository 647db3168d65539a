namespace Verkostot.Playground.Tests.Harness.Json;

/// <summary>One frame of the log stream: an entry of the web page's log panel.</summary>
internal sealed record LogFrame(string? LogAction, LogItem? Log);

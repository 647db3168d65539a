namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record PlaygroundConversation(string Id);

namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record TestConfigChat(string Id, string Name);

namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record PlaygroundAccount(string Id);

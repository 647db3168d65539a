namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record TestConfigResponse(TestConfig Config);

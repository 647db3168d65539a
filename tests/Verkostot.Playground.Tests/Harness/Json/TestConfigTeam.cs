namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record TestConfigTeam(string Id, string Name, string AadGroupId, IReadOnlyList<TestConfigChat> Channels);

namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record TestConfigUser(string Id, string Name, string? AadObjectId)
{
    public PlaygroundPerson AsPerson() => new(Id, Name, AadObjectId ?? "");
}

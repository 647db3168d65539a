namespace Verkostot.Playground.Tests.Harness;

internal sealed record PlaygroundPerson(string Id, string Name, string AadObjectId);

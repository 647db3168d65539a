namespace Verkostot.Playground.Tests.Harness;

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Agents Playground";
}

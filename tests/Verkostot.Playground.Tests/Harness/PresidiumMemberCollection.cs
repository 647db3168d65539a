namespace Verkostot.Playground.Tests.Harness;

[CollectionDefinition(Name)]
public sealed class PresidiumMemberCollection : ICollectionFixture<PresidiumMemberFixture>
{
    public const string Name = "Agents Playground as a presidium member";
}

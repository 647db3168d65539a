using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Tests.Catalog;

public sealed class DerivedIndexTests
{
    private static readonly CatalogContent Content = CatalogContent.Empty with
    {
        People = [new Person { Id = "a", Name = "Aino" }],
        Meetings = [new Meeting { Id = 1, NetworkId = "n" }],
    };

    [Fact]
    public void Of_NewSnapshotWithTheSameLists_TakesTheIndexOver()
    {
        var builds = 0;
        var index = new DerivedIndex<object>(_ => new object[] { ++builds }, c => c.People);
        var first = NetworkCatalog.Create(Content);
        var second = NetworkCatalog.Create(Content with { Meetings = [new Meeting { Id = 2, NetworkId = "n" }] }, first);

        Assert.Same(index.Of(first), index.Of(second));
        Assert.Equal(1, builds);
    }

    [Fact]
    public void Of_NewSnapshotWithAChangedList_BuildsAnew()
    {
        var index = new DerivedIndex<object>(_ => new object(), c => c.People);
        var first = NetworkCatalog.Create(Content);
        var second = NetworkCatalog.Create(Content with { People = [new Person { Id = "a", Name = "Aino Uusi" }] }, first);

        Assert.NotSame(index.Of(first), index.Of(second));
    }

    [Fact]
    public void Of_ListChangedOutsideTheKey_TakesTheIndexOver()
    {
        var index = new DerivedIndex<object>(_ => new object(), c => new ListKey<Person, string>(c.People, p => p.Name));
        var first = NetworkCatalog.Create(Content);
        var second = NetworkCatalog.Create(Content with { People = [new Person { Id = "a", Name = "Aino", Email = "aino@kunta.fi" }] }, first);
        var third = NetworkCatalog.Create(second.Content with { People = [new Person { Id = "a", Name = "Aino Uusi" }] }, second);

        Assert.Same(index.Of(first), index.Of(second));
        Assert.NotSame(index.Of(second), index.Of(third));
    }

    [Fact]
    public void Create_WithPrevious_KeepsOnlyTheIndexesOfListsHandedOn()
    {
        var first = NetworkCatalog.Create(Content);
        var second = NetworkCatalog.Create(Content with { Meetings = [new Meeting { Id = 2, NetworkId = "n" }] }, first);

        Assert.Same(first.PeopleById, second.PeopleById);
        Assert.Equal([2], second.MeetingsById.Keys.ToList());
        Assert.Equal([2], second.MeetingsOf("n").Select(m => m.Id));
    }
}

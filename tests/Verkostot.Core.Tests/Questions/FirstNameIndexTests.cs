using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Tests.Questions;

/// <summary>
/// A first name alone ("kysy Iiralta") means the one person who has it. The index keeps each person's normalized
/// first name with the person between snapshots: what it keeps must follow the people it is built from.
/// </summary>
public sealed class FirstNameIndexTests
{
    [Fact]
    public void Build_FirstNameOfOnePerson_FindsThatPerson()
    {
        var index = Index(new Person { Id = "iira-ainiala", Name = "Iira Ainiala" });

        Assert.Equal(["iira-ainiala"], index.Find(TextNormalizer.Normalize("kysy iiralta")).IdsOf(EntityKind.Person));
    }

    [Fact]
    public void Build_ASecondPersonWithTheSameFirstName_FirstNameAloneMeansNoOne()
    {
        var iira = new Person { Id = "iira-ainiala", Name = "Iira Ainiala" };
        Index(iira);

        var index = Index(iira, new Person { Id = "iira-virtanen", Name = "Iira Virtanen" });

        Assert.Empty(index.Find(TextNormalizer.Normalize("kysy iiralta")).IdsOf(EntityKind.Person));
    }

    [Fact]
    public void Build_SamePersonObjectRenamed_UsesTheNewFirstName()
    {
        var person = new Person { Id = "iira-ainiala", Name = "Iira Ainiala" };
        Index(person);
        person.Name = "Ulla Ainiala";

        var index = Index(person);

        Assert.Equal(["iira-ainiala"], index.Find(TextNormalizer.Normalize("kysy ullalta")).IdsOf(EntityKind.Person));
        Assert.Empty(index.Find(TextNormalizer.Normalize("kysy iiralta")).IdsOf(EntityKind.Person));
    }

    private static EntityIndex Index(params Person[] people) =>
        EntityIndex.Build(NetworkCatalog.Create(CatalogContent.Empty with { People = people }));
}

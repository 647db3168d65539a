using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Search;

namespace Verkostot.Core.Questions;

/// <summary>
/// The indexes questions are answered with, one per catalog snapshot, each taken over while the lists it is built
/// from stay the same; the catalog source has them prepared off the request path. The names index is put together
/// from parts kept apart, so a person's edit rebuilds the titles or one shard of names, not 10 000 people's forms.
/// </summary>
internal sealed class QuestionIndexes : ICatalogIndex
{
    private static readonly DerivedIndex<NameForms> Places =
        new(EntityIndexBuilder.Places, c => c.Networks, c => c.Bodies, c => c.Regions, c => c.Municipalities);

    private static readonly DerivedIndex<NameForms> FirstNames =
        new(c => EntityIndexBuilder.FirstNames(c.People), c => new ListKey<Person, (string, string)>(c.People, p => (p.Id, p.Name)));

    private static readonly DerivedIndex<NameForms> Titles =
        new(c => EntityIndexBuilder.Titles(c.People), c => new ListKey<Person, LocalizedText?>(c.People, p => p.Title));

    private static readonly PeopleNameShards PeopleNames = new();

    public static readonly DerivedIndex<EntityIndex> Entities =
        new(c => EntityIndex.Of([Places.Of(c), FirstNames.Of(c), Titles.Of(c), .. PeopleNames.Of(c.People)]),
            c => c.Networks, c => c.Bodies, c => c.Regions, c => c.Municipalities,
            c => new ListKey<Person, (string, string, LocalizedText?)>(c.People, p => (p.Id, p.Name, p.Title)));

    public static readonly DerivedIndex<FactIndex> Facts =
        new(FactIndex.Build, c => c.Networks, c => c.Bodies, c => c.PriorityDocuments);

    public void Prepare(NetworkCatalog catalog)
    {
        Entities.Of(catalog);
        Facts.Of(catalog);
    }
}

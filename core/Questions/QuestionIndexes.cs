using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Search;

namespace Verkostot.Core.Questions;

/// <summary>
/// The indexes questions are answered with, one per catalog snapshot, each taken over while the lists it is built
/// from stay the same; the catalog source has them prepared off the request path.
/// </summary>
internal sealed class QuestionIndexes : ICatalogIndex
{
    public static readonly DerivedIndex<EntityIndex> Entities =
        new(EntityIndex.Build, c => c.Networks, c => c.Bodies, c => c.Regions, c => c.Municipalities,
            c => new ListKey<Person, (string, string, LocalizedText?)>(c.People, p => (p.Id, p.Name, p.Title)));

    public static readonly DerivedIndex<FactIndex> Facts =
        new(FactIndex.Build, c => c.Networks, c => c.Bodies, c => c.PriorityDocuments);

    public void Prepare(NetworkCatalog catalog)
    {
        Entities.Of(catalog);
        Facts.Of(catalog);
    }
}

namespace Verkostot.Core.Catalog;

/// <summary>
/// An index derived from the catalog (names for questions, sentences of the sources): the catalog source asks each
/// one to prepare itself for every new snapshot off the request path, so the first question after a change does not
/// wait for it.
/// </summary>
public interface ICatalogIndex
{
    void Prepare(NetworkCatalog catalog);
}

namespace Verkostot.Core.Catalog;

/// <summary>
/// Port: where the current <see cref="NetworkCatalog"/> comes from. Cheap to call on every question: the
/// snapshot is cached and rebuilt only after the data changes.
/// </summary>
public interface ICatalogSource
{
    ValueTask<NetworkCatalog> GetAsync(CancellationToken cancellationToken);

    /// <summary>Forget the cached snapshot, e.g. after data was written outside this process's contexts.</summary>
    void Invalidate();
}

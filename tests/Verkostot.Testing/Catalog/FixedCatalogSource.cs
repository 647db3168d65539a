using Verkostot.Core.Catalog;

namespace Verkostot.Testing.Catalog;

/// <summary>A catalog that never changes: what the test or benchmark built is what every reader gets.</summary>
public sealed class FixedCatalogSource(NetworkCatalog catalog) : ICatalogSource
{
    public ValueTask<NetworkCatalog> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(catalog);

    public void Invalidate()
    {
    }
}

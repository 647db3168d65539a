using Verkostot.Core.Catalog;

namespace Verkostot.Bench.Announcements;

public sealed class FixedCatalogSource(NetworkCatalog catalog) : ICatalogSource
{
    public ValueTask<NetworkCatalog> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(catalog);

    public void Invalidate()
    {
    }
}

using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

/// <summary>
/// The whole network data as a data file (see core/DemoData/README-format.md) that imports back to the same data:
/// the catalog as this instance serves it, which holds every change saved here at once (and other instances' within
/// Storage:CatalogRefreshSeconds), so an export costs no reading of the database.
/// </summary>
public sealed class CatalogExport(ICatalogSource catalogs)
{
    /// <summary>Writes the file to <paramref name="output"/> as it is serialized, with no copy of it in memory.</summary>
    public async Task WriteAsync(Stream output, CancellationToken cancellationToken) =>
        await DataFileWriter.WriteAsync(output, (await catalogs.GetAsync(cancellationToken)).Content, cancellationToken);

    public async Task<byte[]> ExportAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Import;

/// <summary>The whole network data as a data file (see core/DemoData/README-format.md) that imports back to the same data.</summary>
public sealed class CatalogExport(IDbContextFactory<VerkostotDbContext> contexts)
{
    public async Task<byte[]> ExportAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return DataFileWriter.Write(await CatalogReader.ReadAsync(db, cancellationToken));
    }
}

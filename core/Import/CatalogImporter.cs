using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Import;

/// <summary>
/// Loads a data file into the database: validates it completely first, and only a valid file replaces the
/// network data, in one transaction (see <see cref="CatalogWriter.ReplaceAsync"/>).
/// </summary>
public static class CatalogImporter
{
    public static async Task<ImportOutcome> ImportAsync(IServiceProvider services, ReadOnlyMemory<byte> json, bool dryRun, CancellationToken cancellationToken)
    {
        var result = DataFileLoader.Load(json.Span);
        if (!result.Succeeded) return new ImportOutcome(result.Errors, null, null);
        var content = result.Content!;
        if (dryRun) return new ImportOutcome([], content, null);
        await using var db = await services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var replaced = await CatalogWriter.ReplaceAsync(db, content, cancellationToken);
        services.GetService<ICatalogSource>()?.Invalidate();
        return new ImportOutcome([], content, replaced);
    }
}

/// <summary>Errors (nothing changed), or the imported content and what happened to existing meetings.</summary>
public sealed record ImportOutcome(IReadOnlyList<DataFileError> Errors, CatalogContent? Content, CatalogReplaceSummary? Replaced)
{
    public bool Succeeded => Errors.Count == 0;
}

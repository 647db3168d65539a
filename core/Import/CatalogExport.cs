using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

/// <summary>
/// The whole network data as a data file (see core/DemoData/README-format.md) that imports back to the same data:
/// the catalog as this instance serves it, which holds every change saved here at once (and other instances' within
/// Storage:CatalogRefreshSeconds), so an export costs no reading of the database. The file of the current catalog is
/// kept: exports of unchanged data are the same bytes, and after a change only the sections of the lists it replaced
/// are written again (<see cref="WrittenDataFile"/>).
/// </summary>
public sealed class CatalogExport(ICatalogSource catalogs)
{
    private readonly SemaphoreSlim _writing = new(1, 1);
    private volatile WrittenDataFile? _last;

    /// <summary>The file of the current data to read, e.g. as a download.</summary>
    public async Task<Stream> OpenAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Open();

    public async Task<byte[]> ExportAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).ToArray();

    private async Task<WrittenDataFile> CurrentAsync(CancellationToken cancellationToken)
    {
        var content = (await catalogs.GetAsync(cancellationToken)).Content;
        if (_last is { } last && last.IsOf(content)) return last;
        // One writer at a time: exports asked for together after a change wait for one file rather than each writing it.
        await _writing.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } written && written.IsOf(content)) return written;
            return _last = WrittenDataFile.Write(content, _last);
        }
        finally
        {
            _writing.Release();
        }
    }
}

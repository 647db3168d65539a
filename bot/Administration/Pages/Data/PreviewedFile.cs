using Verkostot.Core.Import;

namespace Verkostot.Bot.Administration.Pages.Data;

/// <summary>A file <see cref="Owner"/> previewed (see <see cref="PreviewedFiles"/>), and what its preview loaded from it, if it still has that.</summary>
public sealed record PreviewedFile(string Owner, PooledFile File, DateTimeOffset KeptAt, DataLoadResult? Loaded)
{
    // What a loaded file holds in memory, per byte of the file: its entities and their strings take about twice its size.
    private const int LoadedBytesPerFileByte = 2;

    /// <summary>What it takes of the memory the previewed files may have.</summary>
    public long Bytes => File.Length * (Loaded is null ? 1L : 1L + LoadedBytesPerFileByte);
}

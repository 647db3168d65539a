using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

public sealed record DataLoadResult(CatalogContent? Content, IReadOnlyList<DataFileError> Errors)
{
    public bool Succeeded => Content is not null && Errors.Count == 0;

    /// <summary>Meetings whose id the file gave (an exported file gives all): an import matches them by it and keeps it.</summary>
    public IReadOnlySet<int> MeetingIdsFromFile { get; init; } = new HashSet<int>();

    internal static DataLoadResult Failed(DataFileError error) => new(null, [error]);
}

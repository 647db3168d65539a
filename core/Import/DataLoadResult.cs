using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

public sealed record DataLoadResult(CatalogContent? Content, IReadOnlyList<DataFileError> Errors)
{
    public bool Succeeded => Content is not null && Errors.Count == 0;

    /// <summary>Meetings whose id the file gave (an exported file gives all): an import matches them by it and keeps it.</summary>
    public IReadOnlySet<int> MeetingIdsFromFile { get; init; } = new HashSet<int>();

    /// <summary>
    /// The catalog content whose entities this result holds where the file has them unchanged (loaded to be previewed,
    /// see <see cref="DataFileLoader.Load"/>); null when every entity is the file's own. Such a result is applied only
    /// against that same content, where each shared entity pairs with itself and stays as it is.
    /// </summary>
    public CatalogContent? SharesEntitiesOf { get; init; }

    internal static DataLoadResult Failed(DataFileError error) => new(null, [error]);
}

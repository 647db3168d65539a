using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

/// <summary>
/// One top-level property of the data file: <paramref name="Build"/> gives a file holding only it, made from the lists
/// of the content that <paramref name="Inputs"/> names (and from nothing else).
/// </summary>
internal sealed record DataFileSection(Func<CatalogContent, object[]> Inputs, Func<CatalogContent, DataFile> Build);

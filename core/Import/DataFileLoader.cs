using System.Text.Json;
using System.Text.RegularExpressions;
using Verkostot.Core.Catalog;

namespace Verkostot.Core.Import;

/// <summary>Reads a JSON data file into validated catalog content, or into line-numbered errors.</summary>
public static partial class DataFileLoader
{
    /// <param name="catalog">
    /// When given, people, memberships and meetings the file has exactly as <paramref name="catalog"/> does are its own
    /// entities (see <see cref="DataFileConverter"/>), to be compared with that catalog's content without a second copy;
    /// <see cref="DataLoadResult.SharesEntitiesOf"/> tells. Never for a result that is to be changed.
    /// </param>
    public static DataLoadResult Load(ReadOnlySpan<byte> utf8Json, NetworkCatalog? catalog = null)
    {
        if (utf8Json.StartsWith("\uFEFF"u8)) utf8Json = utf8Json[3..];
        var converter = new DataFileConverter(catalog);
        var content = DataFileReader.TryRead(utf8Json, converter);
        if (content is null)
        {
            DataFile? file;
            try
            {
                file = JsonSerializer.Deserialize(utf8Json, DataFileJsonContext.Default.DataFile);
            }
            catch (JsonException e)
            {
                var line = (int)(e.LineNumber ?? 0) + 1;
                return DataLoadResult.Failed(new DataFileError(line, e.Path ?? "$", FirstSentence(e.Message)));
            }
            if (file is null) return DataLoadResult.Failed(new DataFileError(1, "$", "the file holds no JSON object"));
            // The reader's converter may have taken part of the file before giving it up.
            converter = new DataFileConverter(catalog);
            content = converter.Convert(file);
        }
        if (converter.Errors.Count == 0)
        {
            return new DataLoadResult(content, []) { MeetingIdsFromFile = converter.MeetingIdsFromFile, SharesEntitiesOf = catalog?.Content };
        }
        // The map of every path's line costs more than reading the file: made only for a file with errors.
        var lines = JsonLineMap.Build(utf8Json);
        return new DataLoadResult(null, [.. converter.Errors.Select(e => e with { Line = lines.LineOf(e.Path) }).OrderBy(e => e.Line)]);
    }

    public static async Task<DataLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken) =>
        Load(await File.ReadAllBytesAsync(path, cancellationToken));

    // The serializer's message repeats path and line, which the error already carries, and names CLR types
    // an administrator cannot know; for enums, list the accepted names instead.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var sentence = cut > 0 ? message[..cut].TrimEnd('.', ' ') : message;
        var match = EnumTypePattern().Match(sentence);
        if (match.Success && typeof(DataFile).Assembly.GetType(match.Groups["type"].Value) is { IsEnum: true } enumType)
        {
            return $"the value is not one of: {string.Join(", ", Enum.GetNames(enumType))}";
        }
        return sentence;
    }

    [GeneratedRegex(@"System\.Nullable`1\[(?<type>[\w.]+)\]")]
    private static partial Regex EnumTypePattern();
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>Localized texts (and lists of sources) are stored as small JSON documents in one text column, on both providers.</summary>
internal static class LocalizedTextConversions
{
    public static ValueConverter<LocalizedText, string> Text { get; } = new(
        v => JsonSerializer.Serialize(v, StorageJsonContext.Default.LocalizedText),
        s => JsonSerializer.Deserialize(s, StorageJsonContext.Default.LocalizedText)!);

    public static ValueConverter<List<LocalizedText>, string> TextList { get; } = new(
        v => JsonSerializer.Serialize(v, StorageJsonContext.Default.ListLocalizedText),
        s => JsonSerializer.Deserialize(s, StorageJsonContext.Default.ListLocalizedText) ?? new List<LocalizedText>());

    public static ValueComparer<List<LocalizedText>> TextListComparer { get; } = ListComparer<LocalizedText>();

    public static ValueConverter<List<FactSource>, string> SourceList { get; } = new(
        v => JsonSerializer.Serialize(v, StorageJsonContext.Default.ListFactSource),
        s => JsonSerializer.Deserialize(s, StorageJsonContext.Default.ListFactSource) ?? new List<FactSource>());

    public static ValueComparer<List<FactSource>> SourceListComparer { get; } = ListComparer<FactSource>();

    private static ValueComparer<List<T>> ListComparer<T>() where T : notnull => new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
        v => v.ToList());
}

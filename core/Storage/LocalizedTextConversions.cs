using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

/// <summary>Localized texts are stored as small JSON documents in one text column, on both providers.</summary>
internal static class LocalizedTextConversions
{
    public static ValueConverter<LocalizedText, string> Text { get; } = new(
        v => JsonSerializer.Serialize(v, StorageJsonContext.Default.LocalizedText),
        s => JsonSerializer.Deserialize(s, StorageJsonContext.Default.LocalizedText)!);

    public static ValueConverter<List<LocalizedText>, string> TextList { get; } = new(
        v => JsonSerializer.Serialize(v, StorageJsonContext.Default.ListLocalizedText),
        s => JsonSerializer.Deserialize(s, StorageJsonContext.Default.ListLocalizedText) ?? new List<LocalizedText>());

    public static ValueComparer<List<LocalizedText>> TextListComparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (hash, text) => HashCode.Combine(hash, text.GetHashCode())),
        v => v.ToList());
}

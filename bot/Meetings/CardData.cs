using System.Text.Json;

namespace Verkostot.Bot.Meetings;

/// <summary>Reads the flat string values an Action.Execute sends (its data merged with the inputs).</summary>
public static class CardData
{
    public static string? String(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

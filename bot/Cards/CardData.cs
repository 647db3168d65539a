using System.Text.Json;

namespace Verkostot.Bot.Cards;

/// <summary>Reads the flat values an Action.Execute sends (its data merged with the card's inputs).</summary>
public static class CardData
{
    /// <summary>A string value, or a number's digits; null when missing or of another kind.</summary>
    public static string? String(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>The <c>id</c> an announcement card carries.</summary>
    public static Guid? Id(JsonElement data) => Guid.TryParse(String(data, "id"), out var id) ? id : null;
}

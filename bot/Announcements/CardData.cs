using System.Text.Json;

namespace Verkostot.Bot.Announcements;

/// <summary>Reads the values an Action.Execute sends (its data merged with the card's inputs).</summary>
public static class CardData
{
    public static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static Guid? Id(JsonElement data) => Guid.TryParse(Text(data, "id"), out var id) ? id : null;
}

using System.Text.Json;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>Every string value in a JSON document, unescaped and joined: what a card says, for Contains assertions.</summary>
public static class CardStrings
{
    public static string Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        var strings = new List<string>();
        Collect(document.RootElement, strings);
        return string.Join('\n', strings);
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Collect(property.Value, strings);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, strings);
                break;
        }
    }
}

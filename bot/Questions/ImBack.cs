using System.Text.Json;

namespace Verkostot.Bot.Questions;

/// <summary>
/// Teams' "imBack" button data: pressing the button posts its value into the chat as if the user had typed it,
/// so a suggested question or a choice runs through the same path as a typed one.
/// </summary>
public static class ImBack
{
    public static JsonElement Data(string value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("msteams");
            json.WriteString("type", "imBack");
            json.WriteString("value", value);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }
}

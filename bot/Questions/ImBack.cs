using System.Collections.Concurrent;
using System.Text.Json;

namespace Verkostot.Bot.Questions;

/// <summary>
/// Teams' "imBack" button data: pressing the button posts its value into the chat as if the user had typed it,
/// so a suggested question or a choice runs through the same path as a typed one.
/// </summary>
public static class ImBack
{
    // Button values are the bot's own words (example questions, the catalog's names), a small set repeated in
    // nearly every answer: each is made once. Bounded, so that an unusual set cannot grow it without end.
    private const int MaxKnown = 2_048;
    private static readonly ConcurrentDictionary<string, JsonElement> Known = new(StringComparer.Ordinal);

    public static JsonElement Data(string value)
    {
        if (Known.TryGetValue(value, out var known))
        {
            return known;
        }
        var data = Create(value);
        if (Known.Count >= MaxKnown)
        {
            Known.Clear();
        }
        Known.TryAdd(value, data);
        return data;
    }

    private static JsonElement Create(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 + value.Length * 3);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("msteams");
            json.WriteString("type", "imBack");
            json.WriteString("value", value);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        // An element of its own (not from a pooled document): safe to share between answers and threads.
        return JsonElement.Parse(buffer.WrittenSpan);
    }
}

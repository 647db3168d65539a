using System.Text.Json;
using System.Text.Json.Nodes;
using Verkostot.Bot.Cards.AdaptiveCards;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>Reads what a test presses on a card the bot sent: the data of an Action.Execute, the address of an Action.OpenUrl.</summary>
public static class CardJson
{
    /// <summary>The card of a message activity that is only a card.</summary>
    public static JsonElement CardOf(JsonElement activity) => activity.GetProperty("attachments")[0].GetProperty("content");

    /// <summary>The data of the first Action.Execute with <paramref name="verb"/>, anywhere in the card; as a node to add inputs to.</summary>
    public static JsonObject ExecuteData(JsonElement card, string verb) =>
        Find(card, e => e.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String && v.GetString() == verb) is { } action
            ? action.TryGetProperty("data", out var data) ? JsonNode.Parse(data.GetRawText())!.AsObject() : new JsonObject()
            : throw new InvalidOperationException($"The card has no Action.Execute '{verb}'.");

    /// <summary>The url of the first Action.OpenUrl whose title is <paramref name="title"/>.</summary>
    public static Uri OpenUrl(JsonElement card, string title) =>
        Find(card, e => e.TryGetProperty("type", out var t) && t.GetString() == "Action.OpenUrl"
            && e.TryGetProperty("title", out var n) && n.GetString() == title) is { } action
            ? new Uri(action.GetProperty("url").GetString()!)
            : throw new InvalidOperationException($"The card has no link '{title}'.");

    /// <summary>Every string in the card, unescaped, one per line ("verb:rsvp.attend" style for named ones).</summary>
    public static string Strings(AdaptiveCard card)
    {
        var lines = new List<string>();
        void Walk(JsonElement e, string name)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value, p.Name); break;
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i, name); break;
                case JsonValueKind.String: lines.Add($"{name}:{e.GetString()}"); break;
            }
        }
        Walk(card.ToJsonElement(), "");
        return string.Join("\n", lines);
    }

    private static JsonElement? Find(JsonElement element, Func<JsonElement, bool> match)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (match(element))
            {
                return element;
            }
            foreach (var property in element.EnumerateObject())
            {
                if (Find(property.Value, match) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, match) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }
}

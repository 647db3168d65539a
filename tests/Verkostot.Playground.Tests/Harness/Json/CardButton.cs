using System.Text.Json;

namespace Verkostot.Playground.Tests.Harness.Json;

/// <summary>An Action.Execute button of an Adaptive Card: what the Playground sends to the bot when it is pressed.</summary>
internal sealed record CardButton(string Title, string Verb, JsonElement? Data, string? Style)
{
    public static CardButton? Find(JsonElement element, string title)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (Is(element, "type", "Action.Execute") && Is(element, "title", title))
                {
                    return new CardButton(
                        title,
                        element.TryGetProperty("verb", out var verb) ? verb.GetString() ?? "" : "",
                        element.TryGetProperty("data", out var data) ? data.Clone() : null,
                        element.TryGetProperty("style", out var style) ? style.GetString() : null);
                }

                return element.EnumerateObject().Select(p => Find(p.Value, title)).FirstOrDefault(b => b is not null);
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(item => Find(item, title)).FirstOrDefault(b => b is not null);
            default:
                return null;
        }
    }

    private static bool Is(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == expected;
}

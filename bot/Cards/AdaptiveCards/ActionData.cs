using System.Text.Json;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Builds the hidden <c>data</c> object an action sends back, from plain string pairs.</summary>
public static class ActionData
{
    public static JsonElement Of(params (string Key, string Value)[] pairs)
    {
        var map = new Dictionary<string, string>(pairs.Length, StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }
        return JsonSerializer.SerializeToElement(map, CardJsonContext.Default.DictionaryStringString);
    }
}

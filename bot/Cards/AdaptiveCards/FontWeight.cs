using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

// Written exactly as the Adaptive Cards 1.5 schema spells the values.
[JsonConverter(typeof(JsonStringEnumConverter<FontWeight>))]
public enum FontWeight
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("lighter")] Lighter,
    [JsonStringEnumMemberName("bolder")] Bolder,
}

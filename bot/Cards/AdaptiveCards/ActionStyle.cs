using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

// Written exactly as the Adaptive Cards 1.5 schema spells the values.
[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("destructive")] Destructive,
}

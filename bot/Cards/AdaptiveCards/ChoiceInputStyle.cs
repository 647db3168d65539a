using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

// Written exactly as the Adaptive Cards 1.5 schema spells the values.
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")] Compact,
    [JsonStringEnumMemberName("expanded")] Expanded,
    [JsonStringEnumMemberName("filtered")] Filtered,
}

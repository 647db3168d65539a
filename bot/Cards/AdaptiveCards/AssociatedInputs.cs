using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

// Written exactly as the Adaptive Cards 1.5 schema spells the values.
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")] Auto,
    [JsonStringEnumMemberName("None")] None,
}

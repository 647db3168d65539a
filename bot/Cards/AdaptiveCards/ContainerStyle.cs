using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

// Written exactly as the Adaptive Cards 1.5 schema spells the values.
[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("emphasis")] Emphasis,
    [JsonStringEnumMemberName("good")] Good,
    [JsonStringEnumMemberName("attention")] Attention,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("accent")] Accent,
}

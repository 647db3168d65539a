using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

// Written exactly as the Adaptive Cards 1.5 schema spells the values.
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("dark")] Dark,
    [JsonStringEnumMemberName("light")] Light,
    [JsonStringEnumMemberName("accent")] Accent,
    [JsonStringEnumMemberName("good")] Good,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("attention")] Attention,
}

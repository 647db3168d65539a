using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

// The names are written exactly as the Adaptive Cards 1.5 schema lists them.

[JsonConverter(typeof(JsonStringEnumConverter<FontWeight>))]
public enum FontWeight
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("lighter")] Lighter,
    [JsonStringEnumMemberName("bolder")] Bolder,
}

[JsonConverter(typeof(JsonStringEnumConverter<FontSize>))]
public enum FontSize
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("small")] Small,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("large")] Large,
    [JsonStringEnumMemberName("extraLarge")] ExtraLarge,
}

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

[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("small")] Small,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("large")] Large,
    [JsonStringEnumMemberName("extraLarge")] ExtraLarge,
    [JsonStringEnumMemberName("padding")] Padding,
}

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

[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("destructive")] Destructive,
}

[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")] Compact,
    [JsonStringEnumMemberName("expanded")] Expanded,
    [JsonStringEnumMemberName("filtered")] Filtered,
}

[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")] Auto,
    [JsonStringEnumMemberName("None")] None,
}

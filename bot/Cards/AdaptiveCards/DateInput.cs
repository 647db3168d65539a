using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.Date; values are ISO dates (yyyy-MM-dd) whatever the client shows.</summary>
public sealed record DateInput : CardInput
{
    [JsonPropertyOrder(-2)]
    public string Type => "Input.Date";

    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Placeholder { get; init; }
}

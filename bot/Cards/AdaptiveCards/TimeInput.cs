using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.Time; values are 24-hour HH:mm whatever the client shows.</summary>
public sealed record TimeInput : CardInput
{
    [JsonPropertyOrder(-2)]
    public string Type => "Input.Time";

    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Placeholder { get; init; }
}

using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.Toggle; submits <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed record ToggleInput(string Title) : CardInput
{
    [JsonPropertyOrder(-2)]
    public string Type => "Input.Toggle";

    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
    public bool? Wrap { get; init; }
}

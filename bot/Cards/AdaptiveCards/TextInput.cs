using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.Text.</summary>
public sealed record TextInput : CardInput
{
    [JsonPropertyOrder(-2)]
    public string Type => "Input.Text";

    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
}

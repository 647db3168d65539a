using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.ChoiceSet; with <see cref="IsMultiSelect"/> the value is a comma-separated list.</summary>
public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    [JsonPropertyOrder(-2)]
    public string Type => "Input.ChoiceSet";

    public ChoiceInputStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
}

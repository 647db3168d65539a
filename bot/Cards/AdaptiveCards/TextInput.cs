namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.Text.</summary>
public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
}

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.Date; values are ISO dates (yyyy-MM-dd) whatever the client shows.</summary>
public sealed record DateInput : CardInput
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Placeholder { get; init; }
}

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Input.Time; values are 24-hour HH:mm whatever the client shows.</summary>
public sealed record TimeInput : CardInput
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Placeholder { get; init; }
}

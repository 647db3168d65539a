namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>The card's <c>msteams</c> property. <c>Width = "Full"</c> stretches the card across the conversation.</summary>
public sealed record TeamsCardProperties(string? Width = null)
{
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}

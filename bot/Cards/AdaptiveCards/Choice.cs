namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record Choice(string Title, string Value);

namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record Fact(string Title, string Value);

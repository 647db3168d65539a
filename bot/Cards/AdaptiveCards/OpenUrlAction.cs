namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record OpenUrlAction(Uri Url) : CardAction;

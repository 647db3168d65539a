namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

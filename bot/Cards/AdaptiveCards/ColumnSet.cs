using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    [JsonPropertyOrder(-2)]
    public string Type => "ColumnSet";
}

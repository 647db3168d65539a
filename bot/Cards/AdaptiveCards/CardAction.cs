using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>A button on a card; each kind's own "type" property names it (see <see cref="CardActionConverter"/>).</summary>
[JsonConverter(typeof(CardActionConverter))]
public abstract record CardAction
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public ActionStyle? Style { get; init; }
}

using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>An element of a card's body; each kind's own "type" property names it (see <see cref="CardElementConverter"/>).</summary>
[JsonConverter(typeof(CardElementConverter))]
public abstract record CardElement
{
    public string? Id { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
}

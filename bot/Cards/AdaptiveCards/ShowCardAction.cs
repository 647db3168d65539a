using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Action.ShowCard: reveals a nested card (e.g. a short form) under the parent card.</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : CardAction
{
    [JsonPropertyOrder(-2)]
    public string Type => "Action.ShowCard";
}

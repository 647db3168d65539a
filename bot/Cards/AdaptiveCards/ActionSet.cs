using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Buttons placed inside the body, e.g. beside the item they act on.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    [JsonPropertyOrder(-2)]
    public string Type => "ActionSet";
}

using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    [JsonPropertyOrder(-2)]
    public string Type => "Container";

    public ContainerStyle? Style { get; init; }
}

using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Label–value pairs, e.g. "Puheenjohtaja: Juha Herrala".</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    [JsonPropertyOrder(-2)]
    public string Type => "FactSet";
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Action.Submit: the inputs and <see cref="Data"/> arrive as a message activity's value.</summary>
public sealed record SubmitAction : CardAction
{
    [JsonPropertyOrder(-2)]
    public string Type => "Action.Submit";

    public JsonElement? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}

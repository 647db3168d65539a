using System.Text.Json;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Action.Submit: the inputs and <see cref="Data"/> arrive as a message activity's value.</summary>
public sealed record SubmitAction : CardAction
{
    public JsonElement? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>
/// Action.Execute: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/>, <see cref="Data"/> and the
/// inputs, and the bot's answer (often an updated card) comes back in the invoke response.
/// </summary>
public sealed record ExecuteAction(string Verb) : CardAction
{
    [JsonPropertyOrder(-2)]
    public string Type => "Action.Execute";

    public JsonElement? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}

using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>The card's <c>refresh</c>: an Action.Execute the listed users' clients invoke to get their own view.</summary>
public sealed record CardRefresh(ExecuteAction Execute, IReadOnlyList<string>? UserIds = null)
{
    // The schema's name for it; the action writes its own "type": "Action.Execute".
    [JsonPropertyOrder(-1)]
    public ExecuteAction Action => Execute;

    [JsonIgnore]
    public ExecuteAction Execute { get; init; } = Execute;
}

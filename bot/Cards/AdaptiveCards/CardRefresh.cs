using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>The card's <c>refresh</c>: an Action.Execute the listed users' clients invoke to get their own view.</summary>
public sealed record CardRefresh(ExecuteAction Execute, IReadOnlyList<string>? UserIds = null)
{
    // Declared as the polymorphic base so the "type": "Action.Execute" discriminator is written.
    [JsonPropertyOrder(-1)]
    public CardAction Action => Execute;

    [JsonIgnore]
    public ExecuteAction Execute { get; init; } = Execute;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Verkostot.Bot.Protocol.Outbound;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>An Adaptive Card 1.5, the version Teams renders. Serialize it with <see cref="CardJsonContext"/>.</summary>
public sealed record AdaptiveCard
{
    /// <summary>The attachment content type Teams expects for an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema"), JsonPropertyOrder(-2)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "1.5";

    public IReadOnlyList<CardElement>? Body { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Shown by clients that cannot render the card; every card the bot sends has one.</summary>
    public string? FallbackText { get; init; }
    public string? Speak { get; init; }

    /// <summary>Teams-only card settings (e.g. full width).</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }

    /// <summary>Lets listed users' clients re-fetch a personalised view through Action.Execute.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>The card as a message attachment, serialised once to UTF-8.</summary>
    public Attachment ToAttachment() => Attachment.AdaptiveCard(this, CardJsonContext.Default.AdaptiveCard);

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, CardJsonContext.Default.AdaptiveCard);

    public string ToJson() => JsonSerializer.Serialize(this, CardJsonContext.Default.AdaptiveCard);
}

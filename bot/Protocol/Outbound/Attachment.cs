using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>
/// A card or file attached to an activity. The content is raw JSON so that card models defined elsewhere
/// (with their own source-generated contexts) can be carried without this layer knowing their types; it is
/// serialised once, by the card's own context, and copied into the activity as it is.
/// </summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public required string ContentType { get; init; }
    public RawJson? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }

    public static Attachment AdaptiveCard(JsonElement card) =>
        new() { ContentType = AdaptiveCardContentType, Content = RawJson.Of(card) };

    public static Attachment AdaptiveCard<TCard>(TCard card, JsonTypeInfo<TCard> typeInfo) =>
        new() { ContentType = AdaptiveCardContentType, Content = new RawJson(JsonSerializer.SerializeToUtf8Bytes(card, typeInfo)) };
}

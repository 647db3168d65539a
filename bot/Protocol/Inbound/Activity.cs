using System.Text.Json;

namespace Verkostot.Bot.Protocol.Inbound;

/// <summary>
/// An activity as the Bot Connector (or the Agents Playground) posts it to /api/messages.
/// Only the fields the bot reads are modelled; everything else is ignored on purpose.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? Text { get; init; }
    public string? Locale { get; init; }
    public string? ReplyToId { get; init; }
    public List<Entity>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    /// <summary>installationUpdate: "add", "remove", "add-upgrade", "remove-upgrade".</summary>
    public string? Action { get; init; }
    public List<ChannelAccount>? MembersAdded { get; init; }
    public List<ChannelAccount>? MembersRemoved { get; init; }
    /// <summary>Invoke name, e.g. "adaptiveCard/action".</summary>
    public string? Name { get; init; }
    public JsonElement? Value { get; init; }
}

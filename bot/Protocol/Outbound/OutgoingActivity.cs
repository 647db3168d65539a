using System.Text.Json;

namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>
/// An activity the bot sends through the Bot Connector. Kept apart from the inbound model because the two
/// directions need different fields and must evolve independently.
/// </summary>
public sealed record OutgoingActivity
{
    public string Type { get; init; } = ActivityTypes.Message;
    public string? Id { get; init; }
    public string? Text { get; init; }
    /// <summary>"markdown" (Teams' default), "plain" or "xml"; see <see cref="TextFormats"/>.</summary>
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    /// <summary>Shown in notifications and chat lists when the message is only a card.</summary>
    public string? Summary { get; init; }
    public string? ReplyToId { get; init; }
    /// <summary>"list" or "carousel" when several attachments are sent.</summary>
    public string? AttachmentLayout { get; init; }
    public List<Attachment>? Attachments { get; init; }
    public List<Mention>? Entities { get; init; }
    /// <summary>Teams-specific data, e.g. <c>{"notification":{"alert":true}}</c>; free-form because its shape varies by use.</summary>
    public JsonElement? ChannelData { get; init; }
    public Account? From { get; init; }
    public Account? Recipient { get; init; }
    public Conversation? Conversation { get; init; }

    public static OutgoingActivity Message(string text, string? locale = null) =>
        new() { Text = text, Locale = locale };

    /// <summary>
    /// A message that is only a card. No text: Teams would show it above the card. The summary stands in for the card
    /// in notifications and chat lists; the card's own fallbackText covers clients that cannot render it.
    /// </summary>
    public static OutgoingActivity Card(Attachment card, string summary, string? locale = null) =>
        new() { Attachments = [card], Summary = summary, Locale = locale };
}

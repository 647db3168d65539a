namespace Verkostot.Core.Conversations;

/// <summary>
/// What the bot must remember about a conversation to message it later without being asked
/// (reminders, announcements). Refreshed by every inbound activity.
/// </summary>
public sealed class ConversationReference
{
    public int Id { get; set; }
    public required string ConversationId { get; set; }
    /// <summary>"personal", "channel" or "groupChat".</summary>
    public required string ConversationType { get; set; }
    public required string ServiceUrl { get; set; }
    public required string ChannelId { get; set; }
    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? TeamId { get; set; }
    public string? TeamsChannelId { get; set; }
    public string? Locale { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

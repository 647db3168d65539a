namespace Verkostot.Core.Announcements;

/// <summary>
/// One recipient's row in the delivery ledger. (AnnouncementId, RecipientKey) is unique: a recipient can be planned
/// only once, and a row is sent only by the worker whose claim token it carries.
/// </summary>
public sealed class AnnouncementDelivery
{
    public long Id { get; set; }
    public Guid AnnouncementId { get; set; }
    /// <summary>"person:{id}" or "channel:{teamId}/{channelId}".</summary>
    public required string RecipientKey { get; set; }
    public RecipientKind Kind { get; set; }
    public string? PersonId { get; set; }
    public required string RecipientName { get; set; }
    public string? EntraObjectId { get; set; }
    public string? TeamId { get; set; }
    public string? ChannelId { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public Guid? ClaimToken { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? FailureReason { get; set; }
    public string? SentConversationId { get; set; }
    public string? SentActivityId { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

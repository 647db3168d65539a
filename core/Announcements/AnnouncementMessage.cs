using Verkostot.Core.Outbox;

namespace Verkostot.Core.Announcements;

/// <summary>
/// One recipient's copy of an announcement: an outbox row. (AnnouncementId, RecipientKey) is unique, so a recipient
/// is planned only once; the outbox's claim lets only one worker send it.
/// </summary>
public sealed class AnnouncementMessage : OutboxMessage
{
    public const string Feature = "announcement";

    public Guid AnnouncementId { get; set; }
    /// <summary>"person:{id}" or "channel:{teamId}/{channelId}".</summary>
    public required string RecipientKey { get; set; }
    public RecipientKind Kind { get; set; }
    public string? PersonId { get; set; }
    /// <summary>Shown in the author's report and CSV.</summary>
    public required string RecipientName { get; set; }
    public string? EntraObjectId { get; set; }
    public string? TeamId { get; set; }
    public string? ChannelId { get; set; }
}

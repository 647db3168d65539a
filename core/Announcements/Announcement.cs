namespace Verkostot.Core.Announcements;

/// <summary>A coordinator's announcement to a network, from draft to its delivery report.</summary>
public sealed class Announcement
{
    public Guid Id { get; set; }
    public required string NetworkId { get; set; }
    public required string AuthorPersonId { get; set; }
    public required string AuthorEntraObjectId { get; set; }
    public required string Title { get; set; }
    /// <summary>The body in the Teams markdown subset, as the coordinator wrote it; encoded when rendered.</summary>
    public required string Text { get; set; }
    /// <summary>Optional https link shown as a button.</summary>
    public string? LinkUrl { get; set; }
    public AnnouncementAudience Audience { get; set; }
    public AnnouncementState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When it goes out (UTC); null for "now" until it is sent.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The author's card that shows the live report: the message to update in place.</summary>
    public string? ReportConversationId { get; set; }
    /// <summary>The messaging service holding the author's chat (opaque to core).</summary>
    public string? ReportEndpoint { get; set; }
    public string? ReportActivityId { get; set; }
    /// <summary>Set once the final report has replaced the live one.</summary>
    public DateTimeOffset? FinalReportAt { get; set; }
    /// <summary>One worker at a time sends an announcement; it holds this lease and renews it per batch.</summary>
    public Guid? WorkerToken { get; set; }
    public DateTimeOffset? WorkerLeaseUntil { get; set; }
}

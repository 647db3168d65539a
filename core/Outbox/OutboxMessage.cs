namespace Verkostot.Core.Outbox;

/// <summary>
/// One message owed to one recipient: a row of the outbox that every feature sending exactly once shares. The
/// machinery lives here (state, timing, claim, lease, outcome); what the message is about lives in the feature's
/// derived type (<c>ReminderMessage</c>, <c>AnnouncementMessage</c>), in the same table.
/// </summary>
public abstract class OutboxMessage
{
    public long Id { get; set; }
    public DeliveryChannel Channel { get; set; } = DeliveryChannel.Teams;
    public OutboxState State { get; set; }
    /// <summary>Not sent before this.</summary>
    public DateTimeOffset DueAt { get; set; }
    /// <summary>After a transient failure: not tried again before this.</summary>
    public DateTimeOffset? RetryAt { get; set; }
    /// <summary>Sends begun: claims that were not handed back.</summary>
    public int Attempts { get; set; }
    /// <summary>Who holds the row while it is <see cref="OutboxState.Sending"/>; only the holder may settle it.</summary>
    public Guid? ClaimToken { get; set; }
    /// <summary>Until when the holder may take; a row still Sending after this was cut off and is in doubt.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
    /// <summary>When the row reached a final state.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Where the sent message is (to update it in place later).</summary>
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }
    /// <summary>Why the latest attempt did not get through, in the feature's words.</summary>
    public string? LastError { get; set; }
}

namespace Verkostot.Core.Reminders;

/// <summary>
/// One message the reminder feature owes one person about one meeting: a row of the reminder ledger. The unique
/// (meeting, person, key) makes planning idempotent; the state machine Pending → Sending → Sent (claimed with a
/// conditional UPDATE) makes delivery happen at most once, whichever instance or job execution gets there first.
/// </summary>
public sealed class ReminderEntry
{
    public long Id { get; set; }
    public int MeetingId { get; set; }
    /// <summary>The recipient.</summary>
    public required string PersonId { get; set; }
    public ReminderPurpose Purpose { get; set; }
    /// <summary>Tells rows of one meeting and person apart: "reminder/7d", "moved/1", "cancelled", "deputy/juha-herrala", "undelivered/reminder/7d".</summary>
    public required string Key { get; set; }
    /// <summary>Days before the meeting, for reminders; 0 for other messages.</summary>
    public int OffsetDays { get; set; }
    public DateTimeOffset DueAt { get; set; }
    /// <summary>The meeting start this row was planned for (or, once sent, told about); differs from the meeting's after a move.</summary>
    public DateTimeOffset PlannedFor { get; set; }
    /// <summary>For a move notice: the start the person was told before.</summary>
    public DateTimeOffset? PreviousStartsAt { get; set; }
    /// <summary>For a deputy invitation: the member who cannot attend.</summary>
    public string? AboutPersonId { get; set; }
    public ReminderState State { get; set; }
    /// <summary>Who holds the row while it is <see cref="ReminderState.Sending"/>; only the holder may settle it.</summary>
    public string? ClaimToken { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? RetryAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public string? LastError { get; set; }
}

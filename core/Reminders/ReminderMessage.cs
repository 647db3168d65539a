using Verkostot.Core.Outbox;

namespace Verkostot.Core.Reminders;

/// <summary>
/// One message the reminder feature owes one person about one meeting: an outbox row. The unique (meeting, person,
/// key) makes planning idempotent; the outbox's claim makes delivery happen at most once, whichever instance or
/// job execution gets there first.
/// </summary>
public sealed class ReminderMessage : OutboxMessage
{
    public const string Feature = "reminder";

    public int MeetingId { get; set; }
    /// <summary>The recipient.</summary>
    public required string PersonId { get; set; }
    public ReminderPurpose Purpose { get; set; }
    /// <summary>Tells rows of one meeting and person apart: "reminder/7d", "moved/1", "cancelled", "deputy/juha-herrala", "undelivered/reminder/7d".</summary>
    public required string Key { get; set; }
    /// <summary>Days before the meeting, for reminders; 0 for other messages.</summary>
    public int OffsetDays { get; set; }
    /// <summary>The meeting start this row was planned for (or, once sent, told about); differs from the meeting's after a move.</summary>
    public DateTimeOffset PlannedFor { get; set; }
    /// <summary>For a move notice: the start the person was told before.</summary>
    public DateTimeOffset? PreviousStartsAt { get; set; }
    /// <summary>For a deputy invitation: the member who cannot attend.</summary>
    public string? AboutPersonId { get; set; }
}

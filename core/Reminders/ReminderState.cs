namespace Verkostot.Core.Reminders;

public enum ReminderState
{
    Pending,
    /// <summary>Claimed by one sweeper, which is sending it now.</summary>
    Sending,
    Sent,
    /// <summary>No conversation with the person could be found or created.</summary>
    Unreachable,
    /// <summary>Teams refused for good, or transient failures used up the attempts.</summary>
    Failed,
    /// <summary>
    /// The sender stopped (crash, shutdown, unexpected error) after claiming the row: Teams may or may not have the
    /// message. Never sent again automatically, so nobody gets it twice; reported to the coordinator instead.
    /// </summary>
    InDoubt,
    /// <summary>No longer needed: meeting cancelled, person left the presidium, or a later reminder replaces it.</summary>
    Cancelled,
    /// <summary>The meeting had started before the row could be sent.</summary>
    Expired,
}

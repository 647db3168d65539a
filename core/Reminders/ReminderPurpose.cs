namespace Verkostot.Core.Reminders;

public enum ReminderPurpose
{
    /// <summary>Before the meeting, per the policy's offsets.</summary>
    Reminder,
    /// <summary>To a deputy whose member answered "En pääse".</summary>
    DeputyInvitation,
    /// <summary>To someone already reminded, after the meeting moved.</summary>
    Moved,
    /// <summary>To someone already reminded, after the meeting was cancelled.</summary>
    Cancelled,
    /// <summary>To the network's coordinators: who could not be reached.</summary>
    Undelivered,
}

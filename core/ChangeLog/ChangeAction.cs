namespace Verkostot.Core.ChangeLog;

public enum ChangeAction
{
    Added,
    Changed,
    Removed,
    /// <summary>A meeting's new time (reminders follow).</summary>
    Moved,
    Cancelled,
    /// <summary>An announcement confirmed for sending, now or at its time.</summary>
    Scheduled,
    /// <summary>An announcement's sending stopped.</summary>
    Stopped,
    /// <summary>A duplicate person merged into the kept one (the entry is about the kept person).</summary>
    Merged,
    /// <summary>Roster sync: in the Team's group.</summary>
    Joined,
    /// <summary>Roster sync: no longer in the Team's group.</summary>
    Left,
}

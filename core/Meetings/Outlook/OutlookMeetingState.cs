namespace Verkostot.Core.Meetings.Outlook;

public enum OutlookMeetingState
{
    /// <summary>Not created yet, or created without the answer reaching the bot: created (again, harmlessly) on the next run.</summary>
    Pending,
    /// <summary>The event matches the meeting as last sent.</summary>
    Synced,
    /// <summary>The meeting was cancelled in the bot and the event cancelled in Outlook.</summary>
    Cancelled,
    /// <summary>Someone deleted the event in Outlook: the bot does not recreate it (the coordinators were told).</summary>
    DeletedInOutlook,
}

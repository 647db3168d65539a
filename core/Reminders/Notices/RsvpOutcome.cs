namespace Verkostot.Core.Reminders.Notices;

/// <summary>What the bot did with an answer, for the line that replaces the question on the card.</summary>
public enum RsvpOutcome
{
    None,
    Attending,
    AttendingAsDeputy,
    NotAttending,
    NotAttendingDeputyInvited,
    /// <summary>The deputy could not be reached in Teams; the coordinator is told.</summary>
    NotAttendingDeputyUnreachable,
    /// <summary>The answer came from someone else than the card's recipient.</summary>
    NotYours,
    /// <summary>The meeting has started or was cancelled: answers are no longer taken.</summary>
    Closed,
}

namespace Verkostot.Core.Meetings.Outlook;

/// <summary>Why Outlook did not do what the sync asked; <see cref="Problem"/> decides what happens next.</summary>
public sealed class OutlookCalendarException(OutlookProblem problem, string code, Exception? inner = null)
    : Exception($"Outlook refused: {problem} ({code}).", inner)
{
    public OutlookProblem Problem { get; } = problem;

    /// <summary>Graph's error code, for operators; never a person's name or address.</summary>
    public string Code { get; } = code;
}

public enum OutlookProblem
{
    /// <summary>This one call failed (a 500, an event Outlook would not take): the others go on; the next run tries it again.</summary>
    Transient,
    /// <summary>Graph throttled or unavailable after retries, or not reachable at all: this run stops, the next one continues.</summary>
    Unavailable,
    /// <summary>401/403: Calendars.ReadWrite, consent or the application access policy is missing.</summary>
    AccessDenied,
    /// <summary>The organizer mailbox does not exist.</summary>
    MailboxNotFound,
    /// <summary>The event is no longer in the organizer's calendar: someone deleted it in Outlook.</summary>
    EventGone,
    /// <summary>The delta link is too old: read the calendar afresh.</summary>
    DeltaExpired,
}

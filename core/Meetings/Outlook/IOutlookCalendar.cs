namespace Verkostot.Core.Meetings.Outlook;

/// <summary>
/// Port: Outlook meetings in the organizer mailbox. The bot implements it on Microsoft Graph
/// (<c>/users/{mailbox}/events</c>, <c>…/calendarView/delta</c>). Failures are <see cref="OutlookCalendarException"/>s.
/// </summary>
public interface IOutlookCalendar
{
    /// <summary>False until an organizer mailbox is configured: no meeting goes to Outlook then.</summary>
    bool IsEnabled { get; }

    /// <param name="transactionId">The same id for every try of one meeting's creation: Outlook makes one event however many tries reach it.</param>
    Task<CreatedEvent> CreateAsync(OutlookEventDraft draft, string transactionId, CancellationToken cancellationToken);

    Task UpdateAsync(string eventId, OutlookEventDraft draft, CancellationToken cancellationToken);

    /// <summary>Cancels the event: Outlook tells the attendees with <paramref name="comment"/>. An event already gone is fine.</summary>
    Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken);

    /// <summary>
    /// The organizer's events changed since <paramref name="deltaLink"/>, or all of them in the window when it is null.
    /// A delta link Outlook no longer knows is <see cref="OutlookProblem.DeltaExpired"/>.
    /// </summary>
    Task<OutlookChanges> ReadChangesAsync(string? deltaLink, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken);
}

/// <summary>What an event says: the bot's meeting, as Outlook shows it.</summary>
/// <param name="OnlineMeeting">True asks Outlook for a Teams meeting link; false when the meeting has its own link (in the body).</param>
public sealed record OutlookEventDraft(string Subject, string BodyHtml, DateTimeOffset Start, DateTimeOffset End, string? Location, bool OnlineMeeting,
    IReadOnlyList<OutlookAttendee> Attendees);

public sealed record OutlookAttendee(string Address, string Name);

/// <param name="JoinUrl">The Teams meeting link Outlook made, when asked for one.</param>
public sealed record CreatedEvent(string EventId, string? JoinUrl);

public sealed record OutlookChanges(IReadOnlyList<OutlookEventChange> Events, string DeltaLink);

/// <param name="Removed">Deleted from the organizer's calendar (by someone in Outlook, or by a cancellation).</param>
public sealed record OutlookEventChange(string EventId, bool Removed, IReadOnlyList<OutlookAttendeeResponse> Responses);

/// <param name="At">When the attendee answered, as Outlook recorded it.</param>
public sealed record OutlookAttendeeResponse(string Address, OutlookResponse Response, DateTimeOffset? At);

public enum OutlookResponse
{
    None,
    Accepted,
    TentativelyAccepted,
    Declined,
}

namespace Verkostot.Core.Meetings.Outlook;

/// <summary>
/// One meeting's Outlook event in the organizer mailbox: which event, what was last sent (a hash of it, and whom), and
/// the transaction id that keeps a retried creation from making a second event.
/// </summary>
public sealed class OutlookMeeting
{
    public int MeetingId { get; set; }
    public required string TransactionId { get; set; }
    public string? EventId { get; set; }
    public OutlookMeetingState State { get; set; }
    /// <summary>A hash of the event as last sent; a different one means the meeting changed and the event is updated.</summary>
    public string? SentHash { get; set; }
    /// <summary>The Teams link Outlook made for the meeting.</summary>
    public string? JoinUrl { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

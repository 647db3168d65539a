namespace Verkostot.Core.Meetings.Outlook;

/// <summary>
/// The one row of the calendar sync: where reading attendees' answers left off (the delta link over a window of the
/// organizer's calendar), and the lease that keeps two instances from syncing at once.
/// </summary>
public sealed class OutlookCalendarState
{
    public const string SingleId = "organizer";

    public string Id { get; set; } = SingleId;
    public string? DeltaLink { get; set; }
    public DateTimeOffset? WindowStart { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LeaseHolder { get; set; }
}

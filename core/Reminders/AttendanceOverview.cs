using Verkostot.Core.Meetings;

namespace Verkostot.Core.Reminders;

public sealed record AttendanceOverview(
    MeetingDetails Meeting,
    IReadOnlyList<AttendanceLine> Attending,
    IReadOnlyList<AttendanceLine> NotAttending,
    IReadOnlyList<AttendanceLine> NoAnswer);

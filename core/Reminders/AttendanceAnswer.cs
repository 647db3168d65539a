namespace Verkostot.Core.Reminders;

public enum AttendanceAnswer
{
    Attending,
    NotAttending,
}

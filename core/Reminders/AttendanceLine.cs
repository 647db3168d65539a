namespace Verkostot.Core.Reminders;

public sealed record AttendanceLine(string Name, bool IsDeputy);

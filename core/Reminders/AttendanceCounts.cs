namespace Verkostot.Core.Reminders;

/// <summary>How many have answered a meeting's reminders "Osallistun" and "En pääse".</summary>
public sealed record AttendanceCounts(int Attending, int NotAttending);

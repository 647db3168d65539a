namespace Verkostot.Core.Reminders;

/// <param name="StandsInFor">For a deputy invited or answering in a member's place: the member's name.</param>
public sealed record AttendanceLine(string Name, bool IsDeputy, string? StandsInFor = null);

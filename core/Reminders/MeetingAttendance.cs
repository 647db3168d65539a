namespace Verkostot.Core.Reminders;

/// <summary>A person's answer to a meeting invitation or reminder ("Osallistun" / "En pääse"); the latest answer counts.</summary>
public sealed class MeetingAttendance
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string PersonId { get; set; }
    public AttendanceAnswer Answer { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
    /// <summary>Set when a deputy answers on behalf of the member who cannot attend.</summary>
    public string? StandsInForPersonId { get; set; }
}

using Verkostot.Core.Time;

namespace Verkostot.Core.Reminders;

/// <summary>"N days before the meeting at HH.mm Helsinki time".</summary>
public sealed record ReminderOffset(int DaysBefore, TimeOnly At)
{
    public string Key => $"reminder/{DaysBefore}d";

    /// <summary>
    /// Counted in Helsinki calendar days, so a reminder stays at 9.00 across a daylight-saving change. A time in
    /// the spring-forward gap moves an hour later.
    /// </summary>
    public DateTimeOffset DueFor(DateTimeOffset meetingStart)
    {
        var day = DateOnly.FromDateTime(HelsinkiTime.ToLocal(meetingStart)).AddDays(-DaysBefore);
        return HelsinkiTime.TryToUtc(day.ToDateTime(At), out var due) ? due : HelsinkiTime.ToUtc(day, At.AddHours(1));
    }
}

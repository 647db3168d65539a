using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Verkostot.Core.Time;

namespace Verkostot.Core.Meetings;

/// <summary>Expands a recurring schedule ("every month on the second Tuesday at 9.00") with Ical.Net, in Helsinki time.</summary>
public static class MeetingSeries
{
    public const int MaxOccurrences = 24;

    /// <summary>An RRULE repeating the date's weekday in the same week of the month, e.g. 8.12.2026 → FREQ=MONTHLY;BYDAY=2TU.</summary>
    public static string MonthlyOnSameWeekday(DateOnly first, int count) =>
        $"FREQ=MONTHLY;BYDAY={(first.Day - 1) / 7 + 1}{DayCode(first.DayOfWeek)};COUNT={count}";

    public static string Weekly(int count) => $"FREQ=WEEKLY;COUNT={count}";

    /// <summary>The UTC starts of the series; wall-clock time stays the same across daylight-saving changes.</summary>
    public static IReadOnlyList<DateTimeOffset> Expand(DateOnly first, TimeOnly at, string rrule)
    {
        var series = new CalendarEvent
        {
            DtStart = new CalDateTime(first, at, HelsinkiTime.Zone.Id),
            Duration = Duration.FromHours(1),
            RecurrenceRule = new RecurrencePattern(rrule),
        };
        return [.. series.GetOccurrences().Take(MaxOccurrences).Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))];
    }

    private static string DayCode(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();
}

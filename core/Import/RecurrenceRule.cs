namespace Verkostot.Core.Import;

/// <summary>
/// The subset of iCalendar RRULE that network meetings need: FREQ=WEEKLY or MONTHLY, INTERVAL, BYDAY
/// ("TU", "2TU", "-1FR") and a bound, COUNT or UNTIL (yyyyMMdd). Always bounded, so it expands to a finite list.
/// </summary>
public sealed record RecurrenceRule(
    RecurrenceFrequency Frequency,
    int Interval,
    IReadOnlyList<RecurrenceDay> ByDay,
    int? Count,
    DateOnly? Until)
{
    private const int MaxOccurrences = 500;

    public static bool TryParse(string text, out RecurrenceRule? rule, out string error)
    {
        rule = null;
        error = "";
        RecurrenceFrequency? frequency = null;
        int interval = 1;
        int? count = null;
        DateOnly? until = null;
        List<RecurrenceDay> byDay = [];
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            var value = pair.Length == 2 ? pair[1].Trim().ToUpperInvariant() : "";
            switch (pair[0].Trim().ToUpperInvariant())
            {
                case "FREQ" when value is "WEEKLY":
                    frequency = RecurrenceFrequency.Weekly;
                    break;
                case "FREQ" when value is "MONTHLY":
                    frequency = RecurrenceFrequency.Monthly;
                    break;
                case "INTERVAL" when int.TryParse(value, out var n) && n is > 0 and < 100:
                    interval = n;
                    break;
                case "COUNT" when int.TryParse(value, out var c) && c is > 0 and <= MaxOccurrences:
                    count = c;
                    break;
                case "UNTIL" when DateOnly.TryParseExact(value.Length >= 8 ? value[..8] : value, "yyyyMMdd", out var u):
                    until = u;
                    break;
                case "BYDAY":
                    foreach (var day in value.Split(','))
                    {
                        if (!RecurrenceDay.TryParse(day, out var parsed))
                        {
                            error = $"BYDAY value '{day}' is not like TU, 2TU or -1FR";
                            return false;
                        }
                        byDay.Add(parsed);
                    }
                    break;
                default:
                    error = $"'{part}' is not supported (use FREQ=WEEKLY|MONTHLY, INTERVAL, BYDAY, COUNT, UNTIL)";
                    return false;
            }
        }
        if (frequency is null) { error = "FREQ=WEEKLY or FREQ=MONTHLY is required"; return false; }
        if (count is null && until is null) { error = "COUNT or UNTIL is required so the series ends"; return false; }
        if (frequency == RecurrenceFrequency.Weekly && byDay.Any(d => d.Ordinal != 0))
        {
            error = "weekly rules take plain days in BYDAY (e.g. TU)";
            return false;
        }
        rule = new RecurrenceRule(frequency.Value, interval, byDay, count, until);
        return true;
    }

    /// <summary>The dates of the series, starting on or after <paramref name="first"/>, in order.</summary>
    public IEnumerable<DateOnly> Occurrences(DateOnly first)
    {
        var produced = 0;
        var limit = Math.Min(Count ?? MaxOccurrences, MaxOccurrences);
        for (var period = 0; produced < limit && period < MaxOccurrences * 4; period += Interval)
        {
            foreach (var date in DatesIn(first, period).Where(d => d >= first).Order())
            {
                if (Until is { } until && date > until) yield break;
                yield return date;
                if (++produced == limit) yield break;
            }
        }
    }

    private IEnumerable<DateOnly> DatesIn(DateOnly first, int period)
    {
        if (Frequency == RecurrenceFrequency.Weekly)
        {
            var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7)).AddDays(7 * period);
            var days = ByDay.Count == 0 ? [new RecurrenceDay(0, first.DayOfWeek)] : ByDay;
            return days.Select(d => monday.AddDays(((int)d.Day + 6) % 7));
        }
        var month = new DateOnly(first.Year, first.Month, 1).AddMonths(period);
        if (ByDay.Count == 0)
        {
            return first.Day <= DateTime.DaysInMonth(month.Year, month.Month) ? [month.AddDays(first.Day - 1)] : [];
        }
        return ByDay.SelectMany(d => d.In(month.Year, month.Month));
    }
}

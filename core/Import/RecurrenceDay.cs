namespace Verkostot.Core.Import;

/// <summary>A BYDAY entry: a weekday, with an ordinal within the month for monthly rules (0 = every).</summary>
public readonly record struct RecurrenceDay(int Ordinal, DayOfWeek Day)
{
    private static readonly string[] Codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static bool TryParse(string text, out RecurrenceDay day)
    {
        day = default;
        text = text.Trim();
        if (text.Length < 2) return false;
        var code = Array.IndexOf(Codes, text[^2..]);
        var prefix = text[..^2];
        var ordinal = 0;
        if (code < 0 || (prefix.Length > 0 && (!int.TryParse(prefix, out ordinal) || ordinal is 0 or < -5 or > 5)))
        {
            return false;
        }
        day = new RecurrenceDay(ordinal, (DayOfWeek)code);
        return true;
    }

    public IEnumerable<DateOnly> In(int year, int month)
    {
        var weekday = Day;
        var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month))
            .Select(d => new DateOnly(year, month, d))
            .Where(d => d.DayOfWeek == weekday)
            .ToList();
        if (Ordinal == 0) return days;
        var index = Ordinal > 0 ? Ordinal - 1 : days.Count + Ordinal;
        return index >= 0 && index < days.Count ? [days[index]] : [];
    }
}

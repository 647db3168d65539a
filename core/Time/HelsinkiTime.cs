namespace Verkostot.Core.Time;

/// <summary>
/// The networks live in Finland: meetings are planned, shown and scheduled in Helsinki wall-clock time (summer time
/// included) and stored in UTC. The one definition of that zone for core, bot and jobs.
/// </summary>
public static class HelsinkiTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The UTC instant of a Helsinki wall-clock time; false when the time does not exist (spring-forward gap).</summary>
    public static bool TryToUtc(DateTime local, out DateTimeOffset utc)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            utc = default;
            return false;
        }
        // An ambiguous autumn hour resolves to summer time, the first of the two.
        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : Zone.GetUtcOffset(unspecified);
        utc = new DateTimeOffset(unspecified, offset).ToUniversalTime();
        return true;
    }

    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time) =>
        TryToUtc(date.ToDateTime(time), out var utc)
            ? utc
            : throw new ArgumentException($"{date:yyyy-MM-dd} {time:HH:mm} does not exist in Helsinki time.");

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The Helsinki calendar day of an instant: 23.30 UTC on 7.12. is already 8.12. in Helsinki.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    public static DateOnly Today(TimeProvider time) => DayOf(time.GetUtcNow());
}

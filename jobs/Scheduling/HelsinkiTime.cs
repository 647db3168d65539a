namespace Verkostot.Jobs.Scheduling;

/// <summary>The networks live in Finland: schedules and shown times follow Helsinki's clock, summer time included.</summary>
public static class HelsinkiTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
}

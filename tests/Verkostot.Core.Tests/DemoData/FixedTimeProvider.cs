namespace Verkostot.Core.Tests.DemoData;

internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>23.11.2026 at noon Helsinki time, the demo's "today".</summary>
    public static FixedTimeProvider DemoToday { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// The system clock, moved forward by hand. Unlike a frozen fake clock, time still runs and delays still end, so
/// the fan-out's waits work while a test can jump past a scheduled time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

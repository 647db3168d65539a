namespace Verkostot.Bot.Tests.Announcements;

/// <summary>
/// The system clock moved forward on demand: leases can expire at once while delays and timers still run in real
/// time (a fake clock would stall the sender's waits).
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _shiftTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _shiftTicks, by.Ticks);
}

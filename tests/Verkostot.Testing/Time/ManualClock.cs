namespace Verkostot.Testing.Time;

/// <summary>
/// A clock the test moves by hand. Stopped (<c>new ManualClock(instant)</c>) it shows one instant until advanced;
/// <see cref="Running"/> it follows the system clock plus what the test added, so a test can jump past a scheduled
/// time while delays still end. Timers and delays always run in real time, unlike FakeTimeProvider's.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>
    /// Where a clock starts when the test names no instant: years away from the real date, so code that reads the
    /// system clock instead of its TimeProvider fails the test.
    /// </summary>
    public static readonly DateTimeOffset FarFromToday = new(2030, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly DateTimeOffset? _stoppedAt;
    private long _advancedTicks;

    public ManualClock()
        : this(FarFromToday)
    {
    }

    public ManualClock(DateTimeOffset stoppedAt) => _stoppedAt = stoppedAt;

    private ManualClock(DateTimeOffset? stoppedAt) => _stoppedAt = stoppedAt;

    /// <summary>The system clock, moved only by <see cref="Advance"/>.</summary>
    public static ManualClock Running() => new(stoppedAt: (DateTimeOffset?)null);

    public override DateTimeOffset GetUtcNow() =>
        (_stoppedAt ?? System.GetUtcNow()) + TimeSpan.FromTicks(Interlocked.Read(ref _advancedTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _advancedTicks, by.Ticks);
}

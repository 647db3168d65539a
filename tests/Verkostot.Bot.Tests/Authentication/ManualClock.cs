namespace Verkostot.Bot.Tests.Authentication;

/// <summary>
/// A clock the test moves by hand. It starts years away from the real date, so any code reading the system
/// clock instead of TimeProvider fails the lifetime tests.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = new(2030, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

namespace Verkostot.Core.Tests.Questions;

/// <summary>A clock stopped at one instant, so answers about "next week" can be checked.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <summary>Monday 23 November 2026, 10.00 in Helsinki.</summary>
    public static FixedTime Monday23Nov2026 { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

using Verkostot.Testing.Time;

namespace Verkostot.Core.Tests.DemoData;

/// <summary>The demo's "today": 23.11.2026 at noon Helsinki time.</summary>
internal static class DemoToday
{
    /// <summary>A clock stopped at that instant.</summary>
    public static ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
}

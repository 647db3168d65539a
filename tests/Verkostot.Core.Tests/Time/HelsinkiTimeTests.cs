using Microsoft.Extensions.Time.Testing;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Time;

public sealed class HelsinkiTimeTests
{
    [Fact]
    public void ToUtc_WinterDay_TwoHoursBehind()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero), HelsinkiTime.ToUtc(new DateOnly(2026, 12, 8), new TimeOnly(9, 0)));
    }

    [Fact]
    public void ToUtc_SummerDay_ThreeHoursBehind()
    {
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 6, 0, 0, TimeSpan.Zero), HelsinkiTime.ToUtc(new DateOnly(2026, 6, 2), new TimeOnly(9, 0)));
    }

    [Fact]
    public void TryToUtc_SpringForwardGap_False()
    {
        // Clocks go from 3.00 to 4.00 on the last Sunday of March.
        Assert.False(HelsinkiTime.TryToUtc(new DateTime(2026, 3, 29, 3, 30, 0), out _));
        Assert.Throws<ArgumentException>(() => HelsinkiTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(3, 30)));
    }

    [Fact]
    public void TryToUtc_AmbiguousAutumnHour_SummerTime()
    {
        // 3.30 happens twice on the last Sunday of October; the first is still summer time (UTC+3).
        Assert.True(HelsinkiTime.TryToUtc(new DateTime(2026, 10, 25, 3, 30, 0), out var utc));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void DayOf_LateEveningUtc_NextDayInHelsinki()
    {
        Assert.Equal(new DateOnly(2026, 12, 8), HelsinkiTime.DayOf(new DateTimeOffset(2026, 12, 7, 22, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Today_ClockJustAfterHelsinkiMidnight_HelsinkiDay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 22, 1, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 1, 1), HelsinkiTime.Today(clock));
    }

    [Fact]
    public void ToLocal_Instant_HelsinkiWallClock()
    {
        Assert.Equal(new DateTime(2026, 6, 2, 12, 30, 0), HelsinkiTime.ToLocal(new DateTimeOffset(2026, 6, 2, 9, 30, 0, TimeSpan.Zero)));
    }
}

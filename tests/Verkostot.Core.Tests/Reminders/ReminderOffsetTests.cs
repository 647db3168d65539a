using Verkostot.Core.Reminders;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>Reminders stay at 9.00 Helsinki time across the daylight-saving changes (last Sundays of March and October).</summary>
public sealed class ReminderOffsetTests
{
    private static readonly TimeOnly Nine = new(9, 0);

    [Fact]
    public void DueFor_OneDayBeforeMondayAfterSpringForward_NineSummerTimeOnSunday()
    {
        var meeting = HelsinkiTime.ToUtc(new DateOnly(2026, 3, 30), Nine);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), new ReminderOffset(1, Nine).DueFor(meeting));
    }

    [Fact]
    public void DueFor_SevenDaysBeforeAcrossSpringForward_NineWinterTime()
    {
        var meeting = HelsinkiTime.ToUtc(new DateOnly(2026, 3, 30), Nine);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 7, 0, 0, TimeSpan.Zero), new ReminderOffset(7, Nine).DueFor(meeting));
    }

    [Fact]
    public void DueFor_OneDayBeforeMondayAfterFallBack_NineWinterTimeOnSunday()
    {
        var meeting = HelsinkiTime.ToUtc(new DateOnly(2026, 10, 26), Nine);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 7, 0, 0, TimeSpan.Zero), new ReminderOffset(1, Nine).DueFor(meeting));
    }

    [Fact]
    public void DueFor_SevenDaysBeforeAcrossFallBack_NineSummerTime()
    {
        var meeting = HelsinkiTime.ToUtc(new DateOnly(2026, 10, 26), Nine);
        Assert.Equal(new DateTimeOffset(2026, 10, 19, 6, 0, 0, TimeSpan.Zero), new ReminderOffset(7, Nine).DueFor(meeting));
    }

    [Fact]
    public void DueFor_TimeInSpringForwardGap_MovesAnHourLater()
    {
        var meeting = HelsinkiTime.ToUtc(new DateOnly(2026, 3, 30), Nine);
        var due = new ReminderOffset(1, new TimeOnly(3, 30)).DueFor(meeting);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), due);
    }
}

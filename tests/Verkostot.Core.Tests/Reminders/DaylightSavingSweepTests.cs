using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>The sweep on the mornings of the daylight-saving changes.</summary>
public sealed class DaylightSavingSweepTests
{
    [Theory]
    [InlineData(2026, 3, 29)]
    [InlineData(2026, 10, 25)]
    public async Task Sweep_ChangeSundayAtNine_SendsOneDayReminder(int year, int month, int day)
    {
        var sunday = new DateOnly(year, month, day);
        await using var world = await ReminderWorld.SqliteAsync(new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero));
        await world.AddMeetingAsync(sunday.AddDays(1), new TimeOnly(9, 0));
        world.At(sunday, new TimeOnly(8, 59));
        await world.SweepAsync();
        var before = world.Messenger.To("mirja-jasen").Count;
        world.At(sunday, new TimeOnly(9, 0));
        await world.SweepAsync();
        Assert.Equal(before + 1, world.Messenger.To("mirja-jasen").Count(n => n is MeetingReminderNotice));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Digest;
using Verkostot.Core.Tests.Reminders;

namespace Verkostot.Core.Tests.Digest;

public sealed class MonthlyDigestTests
{
    [Theory]
    [InlineData(2026, 12, 1)] // Tuesday
    [InlineData(2026, 11, 2)] // 1.11. is a Sunday
    [InlineData(2026, 8, 3)]  // 1.8. is a Saturday
    public void FirstWeekday_Month_SkipsWeekend(int year, int month, int expectedDay) =>
        Assert.Equal(new DateOnly(year, month, expectedDay), MonthlyDigest.FirstWeekday(year, month));

    private static Task<int> Run(ReminderWorld world) =>
        world.InScopeAsync(sp => sp.GetRequiredService<MonthlyDigest>().RunAsync(CancellationToken.None));

    [Fact]
    public async Task RunAsync_FirstWeekdayTwice_PostsMonthsMeetingsOnce()
    {
        await using var world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await world.AddMeetingAsync(new DateOnly(2026, 12, 8), new TimeOnly(9, 0));
        await world.AddMeetingAsync(new DateOnly(2027, 1, 12), new TimeOnly(9, 0));
        world.At(new DateOnly(2026, 12, 1), new TimeOnly(8, 0));
        await Run(world);
        await Run(world);
        var (to, notice) = Assert.Single(world.Messenger.Posted);
        Assert.Equal("channel-t", to.ChannelId);
        Assert.Equal("Kokoukset joulukuussa 2026", ((MonthlyDigestNotice)notice).Heading);
        Assert.Single(((MonthlyDigestNotice)notice).Meetings);
    }

    [Fact]
    public async Task RunAsync_MidMonth_PostsNothing()
    {
        await using var world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await world.AddMeetingAsync(new DateOnly(2026, 12, 18), new TimeOnly(9, 0));
        world.At(new DateOnly(2026, 12, 15), new TimeOnly(8, 0));
        Assert.Equal(0, await Run(world));
    }

    [Fact]
    public async Task RunAsync_FirstWeekdayMissed_PostsOnNextWeekday()
    {
        await using var world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await world.AddMeetingAsync(new DateOnly(2026, 12, 18), new TimeOnly(9, 0));
        world.At(new DateOnly(2026, 12, 2), new TimeOnly(8, 0));
        Assert.Equal(1, await Run(world));
    }
}

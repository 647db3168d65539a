using Verkostot.Core.Reminders;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>Two hosts (two service providers, two catalog caches, two context factories) sharing one PostgreSQL database.</summary>
public sealed class TwoSweepersOnPostgresTests
{
    [Fact]
    public async Task Sweep_TwoHostsRunningAtOnce_SendEachReminderOnce()
    {
        await using var world = await ReminderWorld.PostgresAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        for (var day = 8; day <= 12; day++)
        {
            await world.AddMeetingAsync(new DateOnly(2026, 12, day), new TimeOnly(9, 0));
        }
        var second = world.AddInstance(world.Messenger);
        world.At(new DateOnly(2026, 12, 7), new TimeOnly(9, 0));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => world.SweepAsync(i % 2 == 0 ? world.Services : second))));

        var sent = world.Messenger.Sent.Where(s => s.Notice is Verkostot.Core.Reminders.Notices.MeetingReminderNotice).ToList();
        var distinct = sent.Select(s => (s.To.PersonId, ((Verkostot.Core.Reminders.Notices.MeetingReminderNotice)s.Notice).ReminderId)).Distinct().Count();
        Assert.Equal(distinct, sent.Count);
        Assert.Equal(5 * 3, sent.Count); // five meetings, three reachable recipients, only the latest due reminder each
        Assert.Single(world.Messenger.To(ReminderWorld.Coordinator), n => n is Verkostot.Core.Reminders.Notices.UndeliveredRemindersNotice u && u.Meeting.StartsAt.Day == 8);
    }
}

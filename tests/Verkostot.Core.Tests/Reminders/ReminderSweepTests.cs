using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Domain;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Reminders.Notices;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>The sweep on SQLite with a fake clock. The presidium meets on ti 8.12.2026 klo 9.00 unless a test says otherwise.</summary>
public sealed class ReminderSweepTests : IAsyncLifetime
{
    private static readonly DateOnly MeetingDay = new(2026, 12, 8);
    private static readonly TimeOnly Nine = new(9, 0);
    private ReminderWorld _world = null!;
    private int _meeting;

    public async Task InitializeAsync()
    {
        _world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        _meeting = await _world.AddMeetingAsync(MeetingDay, Nine);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Sweep_MinuteBeforeSevenDayReminder_SendsNothing()
    {
        _world.At(new DateOnly(2026, 12, 1), new TimeOnly(8, 59));
        await _world.SweepAsync();
        Assert.Empty(_world.Messenger.Sent);
    }

    [Fact]
    public async Task Sweep_SevenDaysBeforeAtNine_RemindsMembersAndReachableDeputies()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        var reminded = _world.Messenger.Sent.Where(s => s.Notice is MeetingReminderNotice).Select(s => s.To.PersonId).Order();
        Assert.Equal(["dora-varajasen", "matti-jasen", "mirja-jasen"], reminded);
    }

    [Fact]
    public async Task Sweep_RecipientWithoutTeams_ListedToCoordinator()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        var report = Assert.IsType<UndeliveredRemindersNotice>(Assert.Single(_world.Messenger.To(ReminderWorld.Coordinator)));
        Assert.Equal("Daniel Varajäsen", Assert.Single(report.Recipients).Name);
    }

    [Fact]
    public async Task Sweep_RunTwice_SendsEachMessageOnce()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        var first = _world.Messenger.Sent.Count;
        await _world.SweepAsync();
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        await _world.SweepAsync();
        Assert.Equal(4, first);
        Assert.Equal(first, _world.Messenger.Sent.Count);
    }

    [Fact]
    public async Task Sweep_OneDayBefore_SendsSecondReminderOnly()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        _world.At(new DateOnly(2026, 12, 7), Nine);
        await _world.SweepAsync();
        Assert.Equal(2, _world.Messenger.To("mirja-jasen").Count);
    }

    [Fact]
    public async Task Sweep_BothRemindersOverdueAfterDowntime_SendsOnlyTheLater()
    {
        _world.At(new DateOnly(2026, 12, 7), new TimeOnly(20, 0));
        await _world.SweepAsync();
        Assert.Single(_world.Messenger.To("mirja-jasen"));
        var rows = (await _world.LedgerAsync()).Where(r => r.PersonId == "mirja-jasen").ToList();
        Assert.Equal(OutboxState.Sent, rows.Single(r => r.OffsetDays == 1).State);
        Assert.Equal(OutboxState.Cancelled, rows.Single(r => r.OffsetDays == 7).State);
    }

    [Fact]
    public async Task Sweep_AfterMeetingStarted_SendsNothing()
    {
        _world.At(MeetingDay, new TimeOnly(9, 30));
        await _world.SweepAsync();
        Assert.Empty(_world.Messenger.Sent);
    }

    [Fact]
    public async Task Sweep_MeetingMovedAfterReminder_SendsOneMoveNoticeToThoseReminded()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        await _world.MoveMeetingAsync(_meeting, new DateOnly(2026, 12, 10), new TimeOnly(13, 0));
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        await _world.SweepAsync();
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        await _world.SweepAsync();
        var moved = Assert.IsType<MeetingMovedNotice>(Assert.Single(_world.Messenger.To("mirja-jasen"), n => n is MeetingMovedNotice));
        Assert.Equal("ti 8.12.2026 klo 9.00", Verkostot.Core.Localization.HelsinkiDateFormat.Format(moved.PreviousStartsAt, Language.Finnish));
        Assert.Equal("to 10.12.2026 klo 13.00", Verkostot.Core.Localization.HelsinkiDateFormat.Format(moved.Meeting.StartsAt, Language.Finnish));
    }

    [Fact]
    public async Task Sweep_MeetingMoved_RetimesUnsentReminder()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        await _world.MoveMeetingAsync(_meeting, new DateOnly(2026, 12, 10), new TimeOnly(13, 0));
        await _world.SweepAsync();
        var oneDay = (await _world.LedgerAsync()).Single(r => r.PersonId == "mirja-jasen" && r.OffsetDays == 1);
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 7, 0, 0, TimeSpan.Zero), oneDay.DueAt);
    }

    [Fact]
    public async Task Sweep_MovedAgainAndBack_EachMoveNotified()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        await _world.MoveMeetingAsync(_meeting, new DateOnly(2026, 12, 10), Nine);
        await _world.SweepAsync();
        await _world.MoveMeetingAsync(_meeting, MeetingDay, Nine);
        await _world.SweepAsync();
        Assert.Equal(2, _world.Messenger.To("mirja-jasen").Count(n => n is MeetingMovedNotice));
    }

    [Fact]
    public async Task Sweep_MeetingCancelled_TellsThoseRemindedOnceAndDropsLaterReminders()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        await _world.CancelMeetingAsync(_meeting);
        await _world.SweepAsync();
        _world.At(new DateOnly(2026, 12, 7), Nine);
        await _world.SweepAsync();
        var toMirja = _world.Messenger.To("mirja-jasen");
        Assert.Equal([typeof(MeetingReminderNotice), typeof(MeetingCancelledNotice)], toMirja.Select(n => n.GetType()));
    }

    [Fact]
    public async Task Sweep_CancelledBeforeAnyReminder_SendsNothing()
    {
        await _world.CancelMeetingAsync(_meeting);
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        Assert.Empty(_world.Messenger.Sent);
    }

    [Fact]
    public async Task Sweep_SenderDiesAfterTeamsTookTheMessage_NeverSendsItAgain()
    {
        _world.Messenger.CrashAfterAccepting = to => to.PersonId == "mirja-jasen";
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        _world.Messenger.CrashAfterAccepting = _ => false;
        _world.Time.Advance(TimeSpan.FromHours(1));
        await _world.SweepAsync();
        Assert.Single(_world.Messenger.To("mirja-jasen"));
        Assert.Equal(OutboxState.InDoubt, (await _world.LedgerAsync()).Single(r => r.PersonId == "mirja-jasen" && r.OffsetDays == 7).State);
    }

    [Fact]
    public async Task Sweep_SenderDiedWhileHoldingClaim_NotResentWithinOrAfterLease()
    {
        _world.At(new DateOnly(2026, 12, 1), new TimeOnly(8, 0));
        await _world.SweepAsync(); // plans the rows
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await using (var db = _world.Db())
        {
            // What a host that crashed right after claiming leaves behind.
            await db.Set<ReminderMessage>().Where(r => r.PersonId == "mirja-jasen" && r.OffsetDays == 7).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, OutboxState.Sending).SetProperty(r => r.ClaimToken, Guid.NewGuid())
                .SetProperty(r => r.LeaseUntil, _world.Time.GetUtcNow() + new ReminderOptions().ClaimLease));
        }
        await _world.SweepAsync();
        _world.Time.Advance(TimeSpan.FromMinutes(11));
        await _world.SweepAsync();
        Assert.Empty(_world.Messenger.To("mirja-jasen"));
        Assert.Equal(OutboxState.InDoubt, (await _world.LedgerAsync()).Single(r => r.PersonId == "mirja-jasen" && r.OffsetDays == 7).State);
    }

    [Fact]
    public async Task Sweep_InDoubtReminder_ListedToCoordinator()
    {
        _world.Messenger.CrashAfterAccepting = to => to.PersonId == "mirja-jasen";
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        var report = Assert.IsType<UndeliveredRemindersNotice>(Assert.Single(_world.Messenger.To(ReminderWorld.Coordinator)));
        Assert.Contains(report.Recipients, r => r.Name == "Mirja Jäsen");
    }

    [Fact]
    public async Task Sweep_TransientFailure_RetriesLaterAndSendsOnce()
    {
        _world.Messenger.FailWith = to => to.PersonId == "matti-jasen" ? Core.Messaging.DeliveryStatus.TransientFailure : null;
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        _world.Messenger.FailWith = _ => null;
        await _world.SweepAsync();
        Assert.Empty(_world.Messenger.To("matti-jasen"));
        _world.Time.Advance(TimeSpan.FromMinutes(3));
        await _world.SweepAsync();
        await _world.SweepAsync();
        Assert.Single(_world.Messenger.To("matti-jasen"));
    }

    [Fact]
    public async Task Sweep_NetworkMeeting_RemindsTwoDaysBeforeByDefault()
    {
        await using (var db = _world.Db())
        {
            db.NetworkMemberships.Add(new NetworkMembership { NetworkId = ReminderWorld.Network, PersonId = "mirja-jasen" });
            await db.SaveChangesAsync();
        }
        await _world.AddMeetingAsync(new DateOnly(2026, 12, 15), Nine, MeetingKind.NetworkMeeting);
        _world.At(new DateOnly(2026, 12, 13), Nine);
        await _world.SweepAsync();
        Assert.Contains(_world.Messenger.To("mirja-jasen"), n => n is MeetingReminderNotice { Meeting.Kind: MeetingKind.NetworkMeeting });
    }

    [Fact]
    public async Task Sweep_StoredPolicy_OverridesDefaultOffsets()
    {
        await using (var db = _world.Db())
        {
            db.Add(new ReminderPolicy { NetworkId = ReminderWorld.Network, Kind = MeetingKind.PresidiumMeeting, DaysBefore = [3], SendAt = new TimeOnly(12, 0) });
            await db.SaveChangesAsync();
        }
        _world.At(new DateOnly(2026, 12, 5), new TimeOnly(12, 0));
        await _world.SweepAsync();
        var rows = (await _world.LedgerAsync()).Where(r => r.Purpose == ReminderPurpose.Reminder && r.PersonId == "mirja-jasen").ToList();
        Assert.Equal(3, Assert.Single(rows).OffsetDays);
        Assert.Equal(OutboxState.Sent, rows[0].State);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders.Notices;
using Verkostot.Core.Tests.Reminders;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Meetings;

/// <summary>Editing a meeting on SQLite with a fake clock. The presidium meets on ti 8.12.2026 klo 9.00–10.00 in Kuntatalo.</summary>
public sealed class MeetingEditorTests : IAsyncLifetime
{
    private static readonly DateOnly MeetingDay = new(2026, 12, 8);
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly DateTimeOffset NineUtc = HelsinkiTime.ToUtc(MeetingDay, Nine);
    private ReminderWorld _world = null!;
    private int _meeting;

    public async Task InitializeAsync()
    {
        _world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        _meeting = await _world.AddMeetingAsync(MeetingDay, Nine);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<Meeting?> EditAsync(int id, MeetingChanges changes) =>
        _world.InScopeAsync(sp => sp.GetRequiredService<MeetingEditor>().EditAsync(id, changes, ReminderWorld.CoordinatorInChat, CancellationToken.None));

    private async Task<IReadOnlyList<ChangeLogEntry>> ChangeLogAsync()
    {
        await using var db = _world.Db();
        return await db.Set<ChangeLogEntry>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    private async Task<Meeting> StoredAsync()
    {
        await using var db = _world.Db();
        return await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == _meeting);
    }

    [Fact]
    public async Task EditAsync_NewPlaceLinkAndAgenda_SavedAndTimeKept()
    {
        await EditAsync(_meeting, new MeetingChanges(NineUtc, "Kuntatalo, sali B", "https://teams.microsoft.com/l/meetup-join/uusi", ["Talousarvio", "Muut asiat"]));

        var stored = await StoredAsync();
        Assert.Equal("Kuntatalo, sali B", stored.Place);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/uusi", stored.TeamsLink);
        Assert.Equal(["Talousarvio", "Muut asiat"], stored.Agenda);
        Assert.Equal((NineUtc, NineUtc.AddHours(1)), (stored.StartsAt, stored.EndsAt));
    }

    [Fact]
    public async Task AddAsync_Meeting_LoggedAsAddedByTheCoordinatorUnderItsNumber()
    {
        var entry = Assert.Single(await ChangeLogAsync());
        Assert.Equal((ChangedKind.Meeting, _meeting.ToString(), ChangeAction.Added), (entry.Kind, entry.EntityId, entry.Action));
        Assert.Equal((ReminderWorld.Coordinator, "Kaisa Koordinaattori", ChangeChannel.Chat), (entry.ActorPersonId, entry.ActorName, entry.Channel));
        Assert.Equal(ReminderWorld.Network, entry.NetworkId);
    }

    [Fact]
    public async Task EditAsync_NewPlaceAndAgenda_LogsTheFieldNamesNotTheText()
    {
        await EditAsync(_meeting, new MeetingChanges(NineUtc, "Kuntatalo, sali B", null, ["Talousarvio"]));

        var entry = (await ChangeLogAsync())[^1];
        Assert.Equal((ChangeAction.Changed, "place, agenda"), (entry.Action, entry.Summary));
    }

    [Fact]
    public async Task EditAsync_NewStart_LogsAMove()
    {
        var thirteen = HelsinkiTime.ToUtc(new DateOnly(2026, 12, 10), new TimeOnly(13, 0));

        await EditAsync(_meeting, new MeetingChanges(thirteen, "Kuntatalo", null, ["Ajankohtaiset asiat"]));

        var entry = (await ChangeLogAsync())[^1];
        Assert.Equal((ChangeAction.Moved, "start"), (entry.Action, entry.Summary));
    }

    [Fact]
    public async Task EditAsync_NothingChanged_LogsNothing()
    {
        await EditAsync(_meeting, new MeetingChanges(NineUtc, "Kuntatalo", null, ["Ajankohtaiset asiat"]));

        Assert.Single(await ChangeLogAsync());
    }

    [Fact]
    public async Task CancelAsync_Meeting_LoggedAsCancelled()
    {
        await _world.CancelMeetingAsync(_meeting);

        Assert.Equal(ChangeAction.Cancelled, (await ChangeLogAsync())[^1].Action);
    }

    [Fact]
    public async Task EditAsync_PlaceRemovedForTeamsOnly_PlaceCleared()
    {
        await EditAsync(_meeting, new MeetingChanges(NineUtc, null, "https://teams.microsoft.com/l/meetup-join/x", []));

        var stored = await StoredAsync();
        Assert.Null(stored.Place);
        Assert.Empty(stored.Agenda);
    }

    [Fact]
    public async Task EditAsync_NewStart_MovedKeepingItsLength()
    {
        var thirteen = HelsinkiTime.ToUtc(new DateOnly(2026, 12, 10), new TimeOnly(13, 0));

        await EditAsync(_meeting, new MeetingChanges(thirteen, "Kuntatalo", null, ["Ajankohtaiset asiat"]));

        var stored = await StoredAsync();
        Assert.Equal((thirteen, thirteen.AddHours(1)), (stored.StartsAt, stored.EndsAt));
    }

    [Fact]
    public async Task EditAsync_CancelledMeeting_ReturnsNullAndChangesNothing()
    {
        await _world.CancelMeetingAsync(_meeting);

        var edited = await EditAsync(_meeting, new MeetingChanges(NineUtc, "Muualla", null, []));

        Assert.Null(edited);
        Assert.Equal("Kuntatalo", (await StoredAsync()).Place);
    }

    [Fact]
    public async Task Sweep_AfterEdit_ReminderShowsEditedPlaceAndAgenda()
    {
        _world.At(new DateOnly(2026, 12, 1), new TimeOnly(8, 0));
        await _world.SweepAsync();
        await EditAsync(_meeting, new MeetingChanges(NineUtc, "Kuntatalo, sali B", null, ["Talousarvio"]));

        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();

        var reminder = Assert.IsType<MeetingReminderNotice>(Assert.Single(_world.Messenger.To("mirja-jasen")));
        Assert.Equal("Kuntatalo, sali B", reminder.Meeting.Place);
        Assert.Equal(["Talousarvio"], reminder.Meeting.Agenda);
    }

    [Fact]
    public async Task Sweep_EditChangedTimeAfterReminder_RemindedGetMoveNoticeAsOnMove()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();
        var thirteen = HelsinkiTime.ToUtc(new DateOnly(2026, 12, 10), new TimeOnly(13, 0));

        await EditAsync(_meeting, new MeetingChanges(thirteen, "Kuntatalo", null, ["Ajankohtaiset asiat"]));
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        await _world.SweepAsync();

        var moved = Assert.IsType<MeetingMovedNotice>(Assert.Single(_world.Messenger.To("mirja-jasen"), n => n is MeetingMovedNotice));
        Assert.Equal(NineUtc, moved.PreviousStartsAt);
        Assert.Equal(thirteen, moved.Meeting.StartsAt);
    }

    [Fact]
    public async Task Sweep_EditKeptTimeAfterReminder_NoMoveNotice()
    {
        _world.At(new DateOnly(2026, 12, 1), Nine);
        await _world.SweepAsync();

        await EditAsync(_meeting, new MeetingChanges(NineUtc, "Kuntatalo, sali B", null, []));
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        await _world.SweepAsync();

        Assert.DoesNotContain(_world.Messenger.To("mirja-jasen"), n => n is MeetingMovedNotice);
    }
}

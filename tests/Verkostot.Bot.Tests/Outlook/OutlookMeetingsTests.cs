using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Meetings;
using Verkostot.Core.Meetings.Outlook;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Jobs.Meetings;
using Verkostot.Testing.Graph;

namespace Verkostot.Bot.Tests.Outlook;

/// <summary>
/// Meetings as Outlook meetings on the real host, through the Graph SDK against the fake Graph: created, moved and
/// cancelled with the bot's meeting, attendees' answers read back by delta into the bot's attendance, and every way the
/// organizer mailbox can fail.
/// </summary>
public sealed class OutlookMeetingsTests : IAsyncLifetime
{
    private const string Organizer = "kokoukset@kuntaliitto.fi";
    private const string Network = "pienet-kunnat";
    // Tue 24.11.2026 9.05 in Helsinki; the meeting is a fortnight later.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 7, 5, 0, TimeSpan.Zero));
    private readonly DateTimeOffset _starts = new(2026, 12, 8, 8, 0, 0, TimeSpan.Zero);
    private FakeGraph _graph = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.AddMailbox(Organizer);
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["OutlookMeetings:OrganizerMailbox"] = Organizer,
        }, time: _time);
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
        foreach (var person in await db.People.ToListAsync()) person.Email = $"{person.Id}@kunta.fi";
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Sync_NewPresidiumMeeting_TeamsMeetingWithTheSeatMembersOnceAndItsLinkOnTheMeeting()
    {
        var id = await AddPresidiumMeetingAsync();

        await SyncAsync();
        await SyncAsync();

        var created = Assert.Single(_graph.Events);
        Assert.Equal("Puheenjohtajiston kokous – Pienten kuntien verkosto", created.Subject);
        Assert.Equal((_starts, _starts.AddHours(2)), (created.Start, created.End));
        Assert.True(created.IsOnlineMeeting);
        Assert.Contains("juha-herrala@kunta.fi", created.Attendees.Select(a => a.Address));
        Assert.DoesNotContain("tarja-hosiasluoma@kunta.fi", created.Attendees.Select(a => a.Address));
        Assert.Contains("<li>Talousarvio 2027</li>", created.BodyHtml);
        Assert.Equal(0, created.Updates);
        Assert.Equal(created.JoinUrl, (await MeetingAsync(id)).TeamsLink);
    }

    [Fact]
    public async Task Sync_MeetingMovedThenCancelledInTheBot_EventMovedThenCancelledForTheAttendees()
    {
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();

        await EditAsync(editor => editor.MoveAsync(id, _starts.AddDays(1), Actor, CancellationToken.None));
        await SyncAsync();
        var moved = Assert.Single(_graph.Events);
        await EditAsync(editor => editor.CancelAsync(id, Actor, CancellationToken.None));
        await SyncAsync();
        await SyncAsync();

        Assert.Equal(_starts.AddDays(1), moved.Start);
        Assert.Equal(1, moved.Updates);
        var cancelled = Assert.Single(_graph.Events);
        Assert.True(cancelled.Removed);
        Assert.Equal("Kokous on peruttu.", cancelled.CancelComment);
    }

    [Fact]
    public async Task Sync_MemberDeclinesInOutlook_RecordedAndTheDeputyInvitedAndAddedAsAttendee()
    {
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();
        var answeredAt = _time.GetUtcNow().AddMinutes(-2);

        _graph.Respond(_graph.Events[0].Id, "juha-herrala@kunta.fi", "declined", answeredAt);
        await SyncAsync();
        await SyncAsync();

        var answer = await AnswerOfAsync(id, "juha-herrala");
        Assert.Equal((AttendanceAnswer.NotAttending, answeredAt), (answer!.Answer, answer.AnsweredAt));
        await using var db = _host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();
        Assert.True(await db.Set<ReminderMessage>().AnyAsync(r => r.MeetingId == id && r.PersonId == "tarja-hosiasluoma" && r.Key == "deputy/juha-herrala"));
        Assert.Contains("tarja-hosiasluoma@kunta.fi", _graph.Events[0].Attendees.Select(a => a.Address));
    }

    [Fact]
    public async Task Sync_AnswersInTheCardAndInOutlook_TheNewestWins()
    {
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();
        var eventId = _graph.Events[0].Id;
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var rsvp = scope.ServiceProvider.GetRequiredService<RsvpService>();
            Assert.True(await rsvp.RecordFromOutlookAsync(id, "juha-herrala", AttendanceAnswer.NotAttending, _time.GetUtcNow(), CancellationToken.None));
        }

        _graph.Respond(eventId, "juha-herrala@kunta.fi", "accepted", _time.GetUtcNow().AddHours(-1));
        await SyncAsync();
        var olderIgnored = (await AnswerOfAsync(id, "juha-herrala"))!.Answer;
        _graph.Respond(eventId, "juha-herrala@kunta.fi", "accepted", _time.GetUtcNow().AddMinutes(1));
        await SyncAsync();

        Assert.Equal(AttendanceAnswer.NotAttending, olderIgnored);
        Assert.Equal(AttendanceAnswer.Attending, (await AnswerOfAsync(id, "juha-herrala"))!.Answer);
    }

    [Fact]
    public async Task Sync_EventDeletedInOutlook_NotRecreatedOrUpdatedAndTheCoordinatorToldOnce()
    {
        await _host.PostAsync(_host.PersonalMessage("moi", TestActivities.CoordinatorAad));
        await _host.StoredPersonalChatAsync(TestActivities.CoordinatorAad);
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();

        _graph.DeleteEvent(_graph.Events[0].Id);
        await SyncAsync();
        await EditAsync(editor => editor.MoveAsync(id, _starts.AddDays(2), Actor, CancellationToken.None));
        await SyncAsync();

        var told = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.CoordinatorAad),
            r => r.Json.GetProperty("summary").GetString()!.StartsWith("Outlook-kokous poistettiin", StringComparison.Ordinal));
        Assert.StartsWith("Outlook-kokous poistettiin: puheenjohtajiston kokous ti 8.12.2026 klo 10.00 (Pienten kuntien verkosto).", told.Json.GetProperty("summary").GetString());
        var deleted = Assert.Single(_graph.Events);
        Assert.Equal(0, deleted.Updates);
        Assert.Single(_host.Connector.SentActivities, a => a.Body.Contains("Outlook-kokous poistettiin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_CreationDoneButItsAnswerLost_TheRetryMakesNoSecondEvent()
    {
        await AddPresidiumMeetingAsync();
        _graph.LoseNextAnswerFor($"/users/{Organizer}/events");

        await SyncAsync();
        await SyncAsync();

        Assert.Single(_graph.Events);
        Assert.True(_graph.Requests.Count(r => r.Method == "POST" && r.Target.EndsWith("/events", StringComparison.Ordinal)) >= 2);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Sync_ThrottledWithRetryAfter_WaitsAndCreatesOneEvent(int status)
    {
        await AddPresidiumMeetingAsync();
        _graph.EnqueueFor($"/users/{Organizer}/events", FakeGraphResponse.Error(status, "ApplicationThrottled", "Too many requests.", retryAfter: "1"));

        await SyncAsync();

        Assert.Single(_graph.Events);
        var posts = _graph.Requests.Where(r => r.Method == "POST" && r.Target.EndsWith("/events", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1].ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "Retry-After was not honoured");
    }

    [Fact]
    public async Task Sync_OrganizerOutsideTheAccessPolicy_CoordinatorToldOnceAndHealthDegradedUntilItWorks()
    {
        await _host.PostAsync(_host.PersonalMessage("moi", TestActivities.CoordinatorAad));
        await _host.StoredPersonalChatAsync(TestActivities.CoordinatorAad);
        await AddPresidiumMeetingAsync();
        _graph.AddMailbox(Organizer, accessDenied: true);
        var monitor = _host.Services.GetRequiredService<GraphAccessMonitor>();

        await SyncAsync();
        await SyncAsync();
        var refused = await monitor.RefusedFeaturesAsync(CancellationToken.None);
        await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.CoordinatorAad), r => r.Body.Contains("Calendars.ReadWrite", StringComparison.Ordinal));
        _graph.AddMailbox(Organizer);
        await SyncAsync();

        Assert.Equal((GraphFeature.Calendar, GraphAccessProblem.ConsentMissing), (Assert.Single(refused).Feature, refused[0].Problem));
        Assert.Single(_host.Connector.SentActivities, a => a.Body.Contains("Calendars.ReadWrite", StringComparison.Ordinal));
        Assert.Single(_graph.Events);
        Assert.Empty(await monitor.RefusedFeaturesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Sync_OrganizerMailboxThatDoesNotExist_RefusedAsMailboxNotFound()
    {
        await AddPresidiumMeetingAsync();
        _graph.EnqueueFor($"/users/{Organizer}", FakeGraphResponse.Error(404, "ErrorInvalidUser", "The requested user is invalid."));

        await SyncAsync();

        var refused = Assert.Single(await _host.Services.GetRequiredService<GraphAccessMonitor>().RefusedFeaturesAsync(CancellationToken.None));
        Assert.Equal((GraphFeature.Calendar, GraphAccessProblem.MailboxNotFound), (refused.Feature, refused.Problem));
        Assert.Empty(_graph.Events);
    }

    [Fact]
    public async Task Sync_PlaceAndAgendaEditedInTheBot_SameEventUpdatedOnceWithTheNewContent()
    {
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();
        var link = (await MeetingAsync(id)).TeamsLink;

        await EditAsync(editor => editor.EditAsync(id, new MeetingChanges(_starts, "Kuntatalo, sali B3", link, ["Talousarvio 2027", "Kevään seminaari"]), Actor, CancellationToken.None));
        await SyncAsync();
        await SyncAsync();

        var updated = Assert.Single(_graph.Events);
        Assert.Equal(1, updated.Updates);
        Assert.Equal("Kuntatalo, sali B3", updated.Location);
        Assert.Contains("<li>Kevään seminaari</li>", updated.BodyHtml);
        Assert.True(updated.IsOnlineMeeting);
        Assert.Equal((_starts, _starts.AddHours(2)), (updated.Start, updated.End));
    }

    [Fact]
    public async Task Sync_NetworkMeeting_EveryMemberWithAnAddressInvitedAndThoseWithoutLeftOut()
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
            (await db.People.SingleAsync(p => p.Id == "tarja-hosiasluoma")).Email = null;
            await db.SaveChangesAsync();
        }
        await EditAsync(editor => editor.AddAsync(
            new MeetingDraft(Network, MeetingKind.NetworkMeeting, [_starts], TimeSpan.FromHours(3), "Kuntatalo, Helsinki", null, []), Actor, CancellationToken.None));

        await SyncAsync();

        string[] expected;
        await using (var db = _host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext())
        {
            var members = await db.NetworkMemberships.Where(m => m.NetworkId == Network).Select(m => m.PersonId).Distinct().ToListAsync();
            expected = [.. (await db.People.Where(p => members.Contains(p.Id) && p.Email != null).Select(p => p.Email!).ToListAsync()).Order(StringComparer.Ordinal)];
        }
        var created = Assert.Single(_graph.Events);
        Assert.True(expected.Length > 2, "the demo network should have members");
        Assert.Equal(expected, created.Attendees.Select(a => a.Address).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("tarja-hosiasluoma@kunta.fi", created.Attendees.Select(a => a.Address));
    }

    [Fact]
    public async Task Sync_TentativeInOutlook_NoAnswerRecorded()
    {
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();

        _graph.Respond(_graph.Events[0].Id, "juha-herrala@kunta.fi", "tentativelyAccepted", _time.GetUtcNow());
        await SyncAsync();

        Assert.Null(await AnswerOfAsync(id, "juha-herrala"));
    }

    [Fact]
    public async Task Sync_AcceptedInOutlook_RecordedAsAttendingWithOutlooksTime()
    {
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();
        var answeredAt = _time.GetUtcNow().AddMinutes(-1);

        _graph.Respond(_graph.Events[0].Id, "JUHA-HERRALA@kunta.fi", "accepted", answeredAt);
        await SyncAsync();

        var answer = await AnswerOfAsync(id, "juha-herrala");
        Assert.Equal((AttendanceAnswer.Attending, answeredAt), (answer!.Answer, answer.AnsweredAt));
    }

    [Fact]
    public async Task Sync_CalendarDeltaLinkExpired_ReadsTheWindowAgainAndStillFindsTheAnswer()
    {
        var id = await AddPresidiumMeetingAsync();
        await SyncAsync();
        await SyncAsync();

        _graph.ExpireCalendarDeltaLinks();
        _graph.Respond(_graph.Events[0].Id, "juha-herrala@kunta.fi", "declined", _time.GetUtcNow());
        await SyncAsync();

        Assert.Equal(AttendanceAnswer.NotAttending, (await AnswerOfAsync(id, "juha-herrala"))!.Answer);
        Assert.Single(_graph.Events);
    }

    [Fact]
    public async Task Sync_NoOrganizerMailboxConfigured_OffAndGraphNeverAsked()
    {
        await using var graph = await FakeGraph.StartAsync();
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Graph:BaseUrl"] = graph.BaseUrl }, time: _time);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MeetingEditor>().AddAsync(
                new MeetingDraft(Network, MeetingKind.PresidiumMeeting, [_starts], TimeSpan.FromHours(2), null, null, []), Actor, CancellationToken.None);
        }

        OutlookSyncResult result;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<OutlookMeetingSync>().RunAsync(CancellationToken.None);
        }

        Assert.False(result.Ran);
        Assert.Empty(graph.Requests);
        Assert.Empty(graph.Events);
    }

    [Fact]
    public async Task Sync_GraphRefusesConnectionsThenComesBack_NothingMeanwhileThenEachEventOnce()
    {
        await AddPresidiumMeetingAsync();
        await AddPresidiumMeetingAsync(_starts.AddDays(14));
        await _graph.GoDownAsync();

        var meanwhile = await RunSyncAsync();
        await _graph.ComeBackAsync();
        var back = await RunSyncAsync();
        await SyncAsync();

        Assert.Equal((true, 0), (meanwhile.Ran, meanwhile.Created));
        Assert.Equal(2, back.Created);
        Assert.Equal(2, _graph.Events.Count);
        Assert.All(_graph.Events, e => Assert.Equal(0, e.Updates));
        // Graph away is not a permission missing: no alert, no degraded health.
        Assert.Empty(await _host.Services.GetRequiredService<GraphAccessMonitor>().RefusedFeaturesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Sync_OutlookRefusesOneMeetingsEvent_TheOthersStillCreatedAndItOnTheNextRun()
    {
        await AddPresidiumMeetingAsync();
        await AddPresidiumMeetingAsync(_starts.AddDays(14));
        _graph.EnqueueFor($"/users/{Organizer}/events", FakeGraphResponse.Error(500, "ErrorInternalServerError", "An internal server error occurred."));

        var first = await RunSyncAsync();
        var createdFirst = _graph.Events.Select(e => e.Start).ToList();
        var second = await RunSyncAsync();

        Assert.Equal((1, 1), (first.Created, first.Failed));
        Assert.Equal([_starts.AddDays(14)], createdFirst);
        Assert.Equal((1, 0), (second.Created, second.Failed));
        Assert.Equal([_starts, _starts.AddDays(14)], _graph.Events.Select(e => e.Start).Order());
    }

    [Fact]
    public async Task Sync_ReadingAnswersFails_TheMeetingsEventsStillGoOut()
    {
        await AddPresidiumMeetingAsync();
        _graph.EnqueueFor($"/users/{Organizer}/calendarView", FakeGraphResponse.Error(500, "ErrorInternalServerError", "An internal server error occurred."));

        await SyncAsync();

        Assert.Single(_graph.Events);
    }

    private static readonly ChangeActor Actor = new("iira-ainiala", "Iira Ainiala", ChangeChannel.Chat);

    private async Task<int> AddPresidiumMeetingAsync(DateTimeOffset? starts = null)
    {
        var meetings = await EditAsync(editor => editor.AddAsync(
            new MeetingDraft(Network, MeetingKind.PresidiumMeeting, [starts ?? _starts], TimeSpan.FromHours(2), "Kuntatalo, Helsinki", null, ["Talousarvio 2027"]), Actor, CancellationToken.None));
        return meetings.Single().Id;
    }

    private async Task<T> EditAsync<T>(Func<MeetingEditor, Task<T>> edit)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await edit(scope.ServiceProvider.GetRequiredService<MeetingEditor>());
    }

    private async Task<OutlookSyncResult> RunSyncAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutlookMeetingSync>().RunAsync(CancellationToken.None);
    }

    private async Task SyncAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutlookMeetingSyncJob>().RunAsync(CancellationToken.None);
    }

    private async Task<Meeting> MeetingAsync(int id)
    {
        await using var db = _host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();
        return await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private async Task<MeetingAttendance?> AnswerOfAsync(int meetingId, string personId)
    {
        await using var db = _host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();
        return await db.Set<MeetingAttendance>().AsNoTracking().SingleOrDefaultAsync(a => a.MeetingId == meetingId && a.PersonId == personId);
    }
}

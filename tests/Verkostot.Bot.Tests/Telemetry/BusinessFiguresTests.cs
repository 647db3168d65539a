using System.Diagnostics;
using Azure.Core;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Telemetry;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;
using Verkostot.Core.Telemetry;
using Verkostot.Jobs.Reminders;
using Verkostot.Jobs.Roster;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Graph;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// The business figures an operator watches, read through OpenTelemetry's in-memory exporter from the real host
/// (demo data, a fake Bot Connector and a fake Graph on 127.0.0.1): each delivery outcome counted once, with the same
/// numbers the outbox holds, and roster changes and failed syncs by kind.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class BusinessFiguresTests : IAsyncLifetime
{
    private const string Network = "pienet-kunnat";
    private const string GroupId = "00000000-0000-0000-0000-000000000031";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    // Tue 24.11.2026 8.00 in Helsinki: an hour before the 7-day reminders of the demo presidium meeting of ti 1.12.2026.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
    private readonly CollectedTelemetry _telemetry = new();
    private readonly StubCredential _credential = new();
    private FakeGraph _graph = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _host = await BotTestHost.StartAsync(
            new Dictionary<string, string?> { ["Graph:BaseUrl"] = _graph.BaseUrl, ["Graph:RetryDelaySeconds"] = "0" },
            services =>
            {
                _telemetry.AddTo(services);
                services.AddSingleton<TokenCredential>(_credential);
            },
            _time);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task ReminderSweep_SentFailedAndInDoubt_EachOutcomeCountedAsTheOutboxRecordsIt()
    {
        foreach (var aad in new[] { TestActivities.CoordinatorAad, TestActivities.ChairAad, TestActivities.DeputyAad })
        {
            await SayHelloAsync(aad);
        }
        await SweepAsync(); // plans the rows, none due yet
        var crashed = await ClaimedByACrashedHostAsync(TestActivities.ChairAad);
        // The deputy has blocked the bot: Teams refuses for good.
        _host.Connector.When(r => r.Method == "POST" && r.ConversationId == TestActivities.PersonalConversationId(TestActivities.DeputyAad),
            FakeResponse.Error(403, "BotDisabledByAdmin"));
        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));

        await SweepAsync();

        var rows = await OutboxStatesAsync<ReminderMessage>(_ => true);
        Assert.Equal(OutboxState.InDoubt, (await OutboxStatesAsync<ReminderMessage>(r => r.Id == crashed)).Single());
        foreach (var state in new[] { OutboxState.Sent, OutboxState.Failed, OutboxState.InDoubt })
        {
            var recorded = rows.Count(s => s == state);
            Assert.True(recorded >= 1, $"no reminder ended {state}");
            Assert.Equal(recorded, Deliveries("reminder", BusinessMetrics.OutcomeOf(state)));
        }
    }

    [Fact]
    public async Task Announcement_SentByItsJobs_DeliveriesCountedByOutcomeAsTheReportShows()
    {
        await SayHelloAsync(TestActivities.ChairAad);
        await SayHelloAsync(TestActivities.DeputyAad);
        _host.Connector.When(r => r.Method == "POST" && r.ConversationId == TestActivities.PersonalConversationId(TestActivities.DeputyAad),
            FakeResponse.Error(403, "BotDisabledByAdmin"));
        var id = await AnnounceToPresidiumAsync();

        // The sender polls for rows still in flight on the host's clock, so that clock has to run here as time does.
        var sent = await JobSpanAsync("job AnnouncementStartJob.RunAsync", clockRuns: true);
        await UntilAsync(async () => (await _host.Services.GetRequiredService<AnnouncementStore>().GetAsync(id, CancellationToken.None))!.State == AnnouncementState.Sent, clockRuns: true);
        _telemetry.Flush(_host.Services);

        Assert.Equal(ActivityStatusCode.Unset, sent.Status);
        var rows = await OutboxStatesAsync<AnnouncementMessage>(r => r.AnnouncementId == id);
        Assert.Contains(OutboxState.Sent, rows);
        Assert.Contains(OutboxState.Failed, rows);
        Assert.Contains(OutboxState.Unreachable, rows);
        foreach (var state in rows.Distinct())
        {
            Assert.Equal(rows.Count(s => s == state), Deliveries("announcement", BusinessMetrics.OutcomeOf(state)));
        }
    }

    [Fact]
    public async Task RosterSync_MembersJoinLeaveAndAStrangerAppears_ChangesCountedByKind()
    {
        var catalog = await _host.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        var chair = catalog.PeopleByEntraObjectId[TestActivities.ChairAad];
        var deputy = catalog.PeopleByEntraObjectId[TestActivities.DeputyAad];
        var stranger = new FakeUser("aaaaaaaa-0000-0000-0000-000000000001", "Uusi Kunnanjohtaja", "uusi@kunta.fi");
        _graph.SetMembers(GroupId, [new FakeUser(TestActivities.ChairAad, chair.Name), new FakeUser(TestActivities.DeputyAad, deputy.Name)]);
        var first = await SyncAsync();
        _graph.RemoveMember(GroupId, TestActivities.DeputyAad);
        _graph.AddMember(GroupId, stranger);
        var second = await SyncAsync();
        _telemetry.Flush(_host.Services);

        var changes = new[] { first.Changes, second.Changes };
        Assert.Contains(second.Changes.Left, p => p.Name == deputy.Name);
        Assert.Equal(["Uusi Kunnanjohtaja"], second.Changes.Unmatched.Select(p => p.Name));
        Assert.Equal(changes.Sum(c => c.Joined.Count), RosterChanges("joined"));
        Assert.Equal(changes.Sum(c => c.Left.Count), RosterChanges("left"));
        Assert.Equal(changes.Sum(c => c.Unmatched.Count), RosterChanges("unmatched"));
        Assert.Equal(0, _telemetry.Sum("verkostot.roster.sync.failures"));
    }

    [Fact]
    public async Task RosterSyncJob_GraphRefusesTheCredentials_RunIsASpanAndTheFailureIsCounted()
    {
        _graph.Enqueue(FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token validation failure."));

        _host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<RosterSyncJob>(job => job.RunAsync(Network, CancellationToken.None));
        var run = await JobSpanAsync("job RosterSyncJob.RunAsync");
        _telemetry.Flush(_host.Services);

        Assert.Equal("RosterSyncJob", run.GetTagItem("verkostot.job.type"));
        Assert.Contains(_telemetry.Spans, s => s.Kind == ActivityKind.Client && s.TraceId == run.TraceId
            && s.GetTagItem("url.full") is string url && url.StartsWith(_graph.BaseUrl, StringComparison.Ordinal));
        Assert.Equal(1, _telemetry.Sum("verkostot.roster.sync.failures", ("verkostot.roster.status", "credentials_rejected")));
        Assert.Equal(0, _telemetry.Sum("verkostot.roster.changes"));
    }

    private long Deliveries(string feature, string outcome) =>
        _telemetry.Sum("verkostot.deliveries", ("verkostot.delivery.feature", feature), ("verkostot.delivery.outcome", outcome));

    private long RosterChanges(string change) => _telemetry.Sum("verkostot.roster.changes", ("verkostot.roster.change", change));

    private async Task SayHelloAsync(string aad)
    {
        var message = _host.PersonalMessage("moi", aad);
        await _host.PostAsync(message);
        await _host.ReplyInAsync(message["conversation"]!["id"]!.GetValue<string>());
    }

    /// <summary>Runs the reminder sweep as Hangfire runs it, and waits for that run's span.</summary>
    private async Task SweepAsync()
    {
        var before = _telemetry.Spans.Count(IsSweep);
        _host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ReminderSweepJob>(job => job.RunAsync(CancellationToken.None));
        await UntilAsync(() =>
        {
            _telemetry.Flush(_host.Services);
            return Task.FromResult(_telemetry.Spans.Count(IsSweep) > before);
        });

        static bool IsSweep(Activity s) => s.DisplayName == "job ReminderSweepJob.RunAsync" && s.Source.Name == JobRunSpans.SourceName;
    }

    /// <summary>What a host killed right after claiming a row leaves behind: the row Sending, under a lease.</summary>
    private async Task<long> ClaimedByACrashedHostAsync(string aad)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
        var person = (await _host.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None)).PeopleByEntraObjectId[aad];
        var row = await db.Set<ReminderMessage>().Where(r => r.PersonId == person.Id && r.State == OutboxState.Pending).OrderBy(r => r.Id).FirstAsync();
        await db.Set<ReminderMessage>().Where(r => r.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, OutboxState.Sending).SetProperty(r => r.ClaimToken, Guid.NewGuid())
            .SetProperty(r => r.LeaseUntil, _time.GetUtcNow() + new ReminderOptions().ClaimLease)
            .SetProperty(r => r.Attempts, 1));
        return row.Id;
    }

    private async Task<Guid> AnnounceToPresidiumAsync()
    {
        var catalog = await _host.Services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        var author = AnnouncementAuthor.Find(catalog, TestActivities.CoordinatorAad, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime))!;
        var store = _host.Services.GetRequiredService<AnnouncementStore>();
        var draft = await store.CreateDraftAsync(author,
            new ValidDraft(Network, "Kokouskutsu", "Tervetuloa kokoukseen.", null, AnnouncementAudience.Presidium, null), CancellationToken.None);
        var confirmed = await store.ConfirmAsync(draft.Id, author,
            new ReportCardLocation(TestActivities.PersonalConversationId(TestActivities.CoordinatorAad), "report-1", _host.ServiceUrl), CancellationToken.None);
        Assert.True(confirmed.Done);
        _host.Services.GetRequiredService<IAnnouncementDispatcher>().Dispatch(confirmed.Announcement!);
        return draft.Id;
    }

    private async Task<RosterSyncOutcome> SyncAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RosterSync>().SyncAsync(Network, CancellationToken.None);
        Assert.Equal(RosterSyncStatus.Synced, outcome.Status);
        return outcome;
    }

    private async Task<List<OutboxState>> OutboxStatesAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> which) where T : OutboxMessage
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerkostotDbContext>();
        return await db.Set<T>().Where(which).Select(r => r.State).ToListAsync();
    }

    private async Task<Activity> JobSpanAsync(string name, bool clockRuns = false)
    {
        Activity? span = null;
        await UntilAsync(() =>
        {
            _telemetry.Flush(_host.Services);
            span = _telemetry.Spans.FirstOrDefault(s => s.DisplayName == name && s.Source.Name == JobRunSpans.SourceName);
            return Task.FromResult(span is not null);
        }, clockRuns);
        return span!;
    }

    private async Task UntilAsync(Func<Task<bool>> done, bool clockRuns = false)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (!await done())
        {
            await Task.Delay(200, timeout.Token);
            if (clockRuns)
            {
                _time.Advance(TimeSpan.FromMilliseconds(200));
            }
        }
    }
}

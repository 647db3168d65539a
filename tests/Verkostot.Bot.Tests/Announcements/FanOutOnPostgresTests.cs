using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Announcements;
using Verkostot.Core.Outbox;
using Verkostot.Core.Catalog;
using Verkostot.Core.Messaging;
using Verkostot.Core.Storage;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>
/// The fan-out with several instances of the bot on one PostgreSQL database, all sending through one connector that
/// enforces Teams' limits for the whole app and fails a share of requests.
/// </summary>
public sealed class FanOutOnPostgresTests : IAsyncLifetime
{
    private ThrowawayDatabase _database = null!;
    private ThrottlingConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _database = await ThrowawayDatabase.PostgresAsync("verkostot_fan");
        _connector = await ThrottlingConnector.StartAsync(faultRate: 0.05, seed: 11);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_TwoInstancesSweepingOneAnnouncement_EveryRecipientGetsExactlyOneCopy()
    {
        var catalog = TestNetwork.Catalog(members: 200, unreachable: 3);
        // A short worker lease lets the instances take the announcement from each other between batches.
        (string, string)[] settings = [("Announcements:WorkerLease", "00:00:00.300"), ("Announcements:BatchSize", "10")];
        await using var first = await StartHostAsync(catalog, settings);
        await using var second = await StartHostAsync(catalog, settings);
        var id = await first.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);

        await Task.WhenAll(SweepUntilReportedAsync(first, id), SweepUntilReportedAsync(second, id)).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.True(_connector.Faults > 0, "the fake injected no faults, so retries were not exercised");
        Assert.True(first.Sent > 0 && second.Sent > 0, $"one instance sent everything ({first.Sent} + {second.Sent})");
        Assert.Equal(198, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        var rows = await first.Ledger.RowsAsync(id, CancellationToken.None);
        Assert.All(rows, r => Assert.True(r.State == OutboxState.Sent || (r.State == OutboxState.Unreachable && !string.IsNullOrEmpty(r.LastError)),
            $"{r.RecipientName}: {r.State} {r.LastError}"));
        var report = await first.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((201, 198, 3, 0, 0), (report.Total, report.Sent, report.Failed, report.Pending, report.Stopped));
        Assert.Equal(report.Sent, first.Sent + second.Sent);
        Assert.Equal(["Jäsen 0197", "Jäsen 0198", "Jäsen 0199"], report.Failures.Select(f => f.RecipientName));
        Assert.Equal(AnnouncementState.Sent, (await first.Store.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task SendAsync_InstanceCrashedBetweenSendAndRecord_OtherInstanceTakesOverWithoutSecondCopies()
    {
        var catalog = TestNetwork.Catalog(members: 30);
        _connector.FaultRate = 0;
        var clock = ManualClock.Running();
        (string, string)[] settings = [("Announcements:BatchSize", "10")];
        Guid id;
        IReadOnlyList<AnnouncementMessage> cutOff;
        await using (var crashed = await StartHostAsync(catalog, settings, clock))
        {
            id = await crashed.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
            // The instance takes the announcement, claims a batch, gets four messages to Teams and dies unrecorded.
            Assert.True(await crashed.Ledger.AcquireWorkerAsync(id, Guid.NewGuid(), CancellationToken.None));
            cutOff = await crashed.Ledger.ClaimBatchAsync(id, CancellationToken.None);
            await SendUnrecordedAsync(crashed, id, cutOff.Take(4));
        }
        await using var survivor = await StartHostAsync(catalog, settings, clock);
        await survivor.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        var beforeLeasesExpired = _connector.DeliveredTotal;

        clock.Advance(new AnnouncementOptions().ClaimLease + TimeSpan.FromSeconds(1));
        await survivor.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(4, beforeLeasesExpired);
        Assert.Equal(31 - 6, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        var report = await survivor.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((31, 21, 10, 0), (report.Total, report.Sent, report.Failed, report.Pending));
        Assert.All(report.Failures, f => Assert.Equal(DeliveryReasons.Abandoned, f.Reason));
        Assert.Equal(cutOff.Select(r => r.RecipientName).Order(), report.Failures.Select(f => f.RecipientName).Order());
        Assert.Equal(AnnouncementState.Sent, (await survivor.Store.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task SendAsync_HostStopsRightAfterClaimCommitted_RowsAreSentAfterRestartNotFailedAsCutOff()
    {
        var catalog = TestNetwork.Catalog(members: 30);
        _connector.FaultRate = 0;
        var clock = ManualClock.Running();
        (string, string)[] settings = [("Announcements:BatchSize", "10")];
        using var stopping = new CancellationTokenSource();
        // The claim's UPDATE is the only one that gives rows a lease ("LeaseUntil" = a value, not NULL).
        var interceptor = new CancelAfterCommand(sql => sql.Contains("\"LeaseUntil\" = @", StringComparison.Ordinal), stopping);
        Guid id;
        await using (var stopped = await StartHostAsync(catalog, settings, clock,
            services => services.ConfigureDbContext<PostgresVerkostotDbContext>(o => o.AddInterceptors(interceptor))))
        {
            id = await stopped.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
            await stopped.SendAsync(id, stopping.Token).WaitAsync(TimeSpan.FromSeconds(30));
        }
        Assert.True(interceptor.Fired);
        Assert.Equal(0, _connector.DeliveredTotal);

        // The restart comes late: any claim the stopped host left behind has expired by now.
        clock.Advance(new AnnouncementOptions().ClaimLease + TimeSpan.FromSeconds(1));
        await using var restarted = await StartHostAsync(catalog, settings, clock);
        await restarted.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var report = await restarted.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((31, 31, 0), (report.Total, report.Sent, report.Failed));
        Assert.Equal(31, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
    }

    [Fact]
    public async Task StopAsync_WhileTwoInstancesSend_OnlyRowsAlreadyInFlightAreSentAfterIt()
    {
        var catalog = TestNetwork.Catalog(members: 200);
        (string, string)[] settings = [("Announcements:WorkerLease", "00:00:00.300"), ("Announcements:BatchSize", "10")];
        await using var first = await StartHostAsync(catalog, settings);
        await using var second = await StartHostAsync(catalog, settings);
        var id = await first.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        var author = AnnouncementAuthor.Find(catalog, TestNetwork.CoordinatorAad, DateOnly.FromDateTime(DateTime.UtcNow))!;

        var sweeping = Task.WhenAll(SweepUntilReportedAsync(first, id), SweepUntilReportedAsync(second, id));
        await Eventually.TrueAsync(() => _connector.DeliveredTotal >= 30, TimeSpan.FromSeconds(30), () => $"{_connector.DeliveredTotal} delivered");
        var stop = await second.Store.StopAsync(id, author, CancellationToken.None);
        var atStop = await first.Ledger.RowsAsync(id, CancellationToken.None);
        await sweeping.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(stop.Done);
        var mayStillBeSent = atStop.Where(r => r.State is OutboxState.Sent or OutboxState.Sending).Select(r => r.Id).ToHashSet();
        var rows = await first.Ledger.RowsAsync(id, CancellationToken.None);
        Assert.All(rows.Where(r => r.State == OutboxState.Sent), r => Assert.Contains(r.Id, mayStillBeSent));
        var report = await first.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.True(report.Stopped > 0, "nothing was left to stop");
        Assert.Equal(0, report.Pending);
        Assert.Equal(report.Total, report.Sent + report.Failed + report.Stopped);
        Assert.Equal(report.Sent, _connector.DeliveredTotal);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(AnnouncementState.Stopped, (await first.Store.GetAsync(id, CancellationToken.None))!.State);
    }

    private async Task<FanOutHost> StartHostAsync(NetworkCatalog catalog, (string Key, string Value)[] settings, TimeProvider? time = null,
        Action<IServiceCollection>? configure = null)
    {
        var host = await FanOutHost.StartAsync(_database, _connector, catalog, settings.ToDictionary(s => s.Key, s => (string?)s.Value),
            time, configure);
        await host.SeedConversationsAsync(_connector, catalog);
        return host;
    }

    /// <summary>What each instance's minutely sweep does, faster: resume the announcement until its final report is out.</summary>
    private static async Task SweepUntilReportedAsync(FanOutHost host, Guid id)
    {
        while ((await host.Store.GetAsync(id, CancellationToken.None))!.FinalReportAt is null)
        {
            await host.SendAsync(id, CancellationToken.None);
            await Task.Delay(20);
        }
    }

    private static async Task SendUnrecordedAsync(FanOutHost host, Guid id, IEnumerable<AnnouncementMessage> rows)
    {
        var announcement = (await host.Store.GetAsync(id, CancellationToken.None))!;
        var notice = AnnouncementNotice.Of(announcement, "Testiverkosto", "Kaija Koordinaattori");
        using var scope = host.Services.CreateScope();
        var messenger = scope.ServiceProvider.GetRequiredService<IMessenger>();
        foreach (var row in rows)
        {
            var delivery = row.Kind == RecipientKind.Channel
                ? await messenger.PostToChannelAsync(new ChannelAddress(row.TeamId!, row.ChannelId!), notice, CancellationToken.None)
                : await messenger.SendToPersonAsync(new PersonAddress(row.PersonId!, row.EntraObjectId), notice, CancellationToken.None);
            Assert.True(delivery.IsSent);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Announcements;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>The fan-out against a connector that enforces Teams' limits and fails 5% of requests at random.</summary>
public sealed class FanOutTests : IAsyncLifetime
{
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private ThrottlingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await ThrottlingConnector.StartAsync(faultRate: 0.05, seed: 7);

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_ThrottledConnectorWithFaults_EveryRecipientGetsExactlyOneCopy()
    {
        var catalog = TestNetwork.Catalog(members: 60);
        await using var host = await StartHostAsync(catalog);
        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);

        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(_connector.Faults > 0, "the fake injected no faults, so retries were not exercised");
        Assert.Equal(61, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((61, 61, 0, 0, 0), (report.Total, report.Sent, report.Failed, report.Pending, report.Stopped));
        Assert.Equal(AnnouncementState.Sent, (await host.Store.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task SendAsync_HostStoppedMidSendAndRestartedOnSameDatabase_NoOneLostOrDuplicated()
    {
        var catalog = TestNetwork.Catalog(members: 90);
        Guid id;
        await using (var first = await StartHostAsync(catalog))
        {
            id = await first.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
            using var stopping = new CancellationTokenSource();
            var sending = first.SendAsync(id, stopping.Token);
            await Eventually.TrueAsync(() => _connector.DeliveredTotal >= 25, TimeSpan.FromSeconds(30), () => $"{_connector.DeliveredTotal} delivered");
            await stopping.CancelAsync();
            await sending.WaitAsync(TimeSpan.FromSeconds(30));
        }
        var deliveredBeforeRestart = _connector.DeliveredTotal;
        Assert.InRange(deliveredBeforeRestart, 25, 90);

        await using var second = await FanOutHost.StartAsync(_database, _connector, catalog);
        await second.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(91, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        var report = await second.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((91, 91), (report.Total, report.Sent));
    }

    [Fact]
    public async Task SendAsync_ClaimCutOffByCrash_IsRecordedAsFailedAndNeverResent()
    {
        var catalog = TestNetwork.Catalog(members: 5);
        var clock = ManualClock.Running();
        await using var host = await StartHostAsync(catalog, clock, ("Announcements:BatchSize", "2"));
        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.Presidium, _connector);
        // A worker claimed two rows and died before recording: the claim stays, nothing was recorded. Its lease ends;
        // the sender's own claims get fresh leases, so no load on the machine can make them look cut off too.
        var cutOff = await host.Ledger.ClaimBatchAsync(id, CancellationToken.None);
        clock.Advance(new AnnouncementOptions().ClaimLease + TimeSpan.FromSeconds(1));

        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((4, 2, 2), (report.Total, report.Sent, report.Failed));
        Assert.All(report.Failures, f => Assert.Equal(DeliveryReasons.Abandoned, f.Reason));
        Assert.Equal(2, _connector.DeliveredTotal);
        Assert.Equal(2, cutOff.Count);
    }

    [Fact]
    public async Task StopAsync_WhileSending_RemainingRowsStoppedAndNumbersAddUp()
    {
        var catalog = TestNetwork.Catalog(members: 120);
        await using var host = await StartHostAsync(catalog, ("Announcements:BatchSize", "10"));
        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        var author = AnnouncementAuthor.Find(catalog, TestNetwork.CoordinatorAad, DateOnly.FromDateTime(DateTime.UtcNow))!;

        var sending = host.SendAsync(id, CancellationToken.None);
        await Eventually.TrueAsync(() => _connector.DeliveredTotal >= 15, TimeSpan.FromSeconds(30), () => $"{_connector.DeliveredTotal} delivered");
        var stop = await host.Store.StopAsync(id, author, CancellationToken.None);
        await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(stop.Done);
        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.True(report.Stopped > 0, "nothing was left to stop");
        Assert.Equal(report.Total, report.Sent + report.Failed + report.Pending + report.Stopped);
        Assert.Equal(0, report.Pending);
        Assert.Equal(report.Sent, _connector.DeliveredTotal);
        Assert.Equal(AnnouncementState.Stopped, (await host.Store.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task SendAsync_MembersWithoutTeamsIdentity_FailuresRecordedWithNamesAndReasons()
    {
        var catalog = TestNetwork.Catalog(members: 6, unreachable: 2);
        _connector.FaultRate = 0;
        await using var host = await StartHostAsync(catalog);
        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);

        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((7, 5, 2), (report.Total, report.Sent, report.Failed));
        Assert.Equal(["Jäsen 0004", "Jäsen 0005"], report.Failures.Select(f => f.RecipientName));
        Assert.All(report.Failures, f => Assert.Equal("Henkilön Teams-tunnus puuttuu verkoston tiedoista.", f.Reason));
    }

    [Fact]
    public async Task SendAsync_Finished_ReportCardUpdatedInPlaceWithFinalNumbers()
    {
        var catalog = TestNetwork.Catalog(members: 10, unreachable: 1);
        _connector.FaultRate = 0;
        await using var host = await StartHostAsync(catalog);
        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);

        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var updates = _connector.Updates;
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.Equal("a:chat-koordinaattori", u.ConversationId));
        var last = CardStrings.Of(updates[^1].Body);
        Assert.Contains("Lähetetty 10 / 11 · 1 epäonnistui", last);
        Assert.Contains("Jäsen 0009", last);
        Assert.Contains("report.csv?expires=", last);
        Assert.NotNull((await host.Store.GetAsync(id, CancellationToken.None))!.FinalReportAt);
    }

    [Fact]
    public async Task StartAsync_CancelledBeforeItsTime_NothingIsSent()
    {
        var catalog = TestNetwork.Catalog(members: 3);
        await using var host = await StartHostAsync(catalog);
        var author = AnnouncementAuthor.Find(catalog, TestNetwork.CoordinatorAad, DateOnly.FromDateTime(DateTime.UtcNow))!;
        var draft = await host.Store.CreateDraftAsync(author, new ValidDraft(TestNetwork.NetworkId, "Otsikko", "Teksti", null,
            AnnouncementAudience.ChannelAndMembers, DateTimeOffset.UtcNow.AddMilliseconds(300)), CancellationToken.None);
        await host.Store.ConfirmAsync(draft.Id, author, null, CancellationToken.None);

        var cancel = await host.Store.CancelAsync(draft.Id, author, CancellationToken.None);
        await Task.Delay(400);
        using var scope = host.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<AnnouncementStarter>().StartAsync(draft.Id, CancellationToken.None);

        Assert.True(cancel.Done);
        Assert.False(started);
        Assert.Equal(0, _connector.Requests);
        Assert.Equal(AnnouncementState.Cancelled, (await host.Store.GetAsync(draft.Id, CancellationToken.None))!.State);
    }

    private Task<FanOutHost> StartHostAsync(Core.Catalog.NetworkCatalog catalog, params (string Key, string Value)[] settings) =>
        StartHostAsync(catalog, null, settings);

    private async Task<FanOutHost> StartHostAsync(Core.Catalog.NetworkCatalog catalog, TimeProvider? time, params (string Key, string Value)[] settings)
    {
        var host = await FanOutHost.StartAsync(_database, _connector, catalog, settings.ToDictionary(s => s.Key, s => (string?)s.Value), time);
        await host.SeedConversationsAsync(_connector, catalog);
        return host;
    }
}

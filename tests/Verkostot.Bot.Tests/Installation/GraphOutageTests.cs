using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Email;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.GraphAccess;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Installation;

/// <summary>
/// An announcement while Graph is away or slow, over real loopback HTTP: members with a chat are never held back by
/// installations or e-mail, and once Graph answers again every other member gets exactly one message or e-mail.
/// </summary>
public sealed class GraphOutageTests : IAsyncLifetime
{
    private const string AppId = "5f3a0b6e-7c1d-4e2f-9a8b-0c1d2e3f4a5b";
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private ThrottlingConnector _connector = null!;
    private FakeGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _connector = await ThrottlingConnector.StartAsync(faultRate: 0);
        _graph = await FakeGraph.StartAsync();
        _graph.AddMailbox(EmailNetwork.Mailbox);
    }

    public async Task DisposeAsync()
    {
        _graph.Release();
        await _connector.DisposeAsync();
        await _graph.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_GraphRefusesConnectionsThenComesBack_ChatsDeliveredMeanwhileAndTheRestReachedOnce()
    {
        // 0–5 have a chat; 6–8 have none but can have the app; 9–11 are guests whose tenant refuses it (e-mailed).
        var catalog = Members(12, guestsFrom: 9);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 6);
        await _graph.GoDownAsync();

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        var sending = host.SendAsync(id, CancellationToken.None);
        await Eventually.TrueAsync(() => _connector.DeliveredTotal >= 7, TimeSpan.FromSeconds(60), () => "the channel and the six chats");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var duringOutage = (_connector.DeliveredTotal, _graph.Mail.Count, sending.IsCompleted);
        await _graph.ComeBackAsync();
        await sending.WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal((7, 0, false), duringOutage);
        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((13, 13, 3, 0), (report.Total, report.Sent, report.ByEmail, report.Failed));
        Assert.Equal(10, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(["jasen10@kunta.fi", "jasen11@kunta.fi", "jasen9@kunta.fi"], _graph.Mail.Select(m => m.To).Order(StringComparer.Ordinal));
        // Connection refused is Graph away, not a permission missing: no alert, no degraded health.
        Assert.Empty(await host.Services.GetRequiredService<GraphAccessMonitor>().RefusedFeaturesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_OnePersonsInstallationHangs_EveryoneElseDeliveredMeanwhileAndTheyGetOneMessage()
    {
        var catalog = Members(9, guestsFrom: 9);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 6);
        _graph.Hold($"/users/{TestNetwork.MemberAadOf(6)}/teamwork");

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        var sending = host.SendAsync(id, CancellationToken.None);
        // Nine delivered says nothing of when member 6's installation reached Graph (on a busy machine it may come last):
        // both are waited for.
        await Eventually.TrueAsync(() => _connector.DeliveredTotal >= 9 && _graph.Waiting >= 1,
            TimeSpan.FromSeconds(60), () => "the channel, the six chats and the two installed without trouble, with member 6's installation held");
        var whileHeld = (_graph.Waiting, _connector.DeliveredCounts.GetValueOrDefault(FakeGraph.ChatOf(TestNetwork.MemberAadOf(6))), sending.IsCompleted);
        _graph.Release();
        await sending.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((1, 0, false), whileHeld);
        Assert.Equal(1, _connector.DeliveredCounts.GetValueOrDefault(FakeGraph.ChatOf(TestNetwork.MemberAadOf(6))));
        Assert.Equal(10, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        Assert.Equal((10, 10), ((await host.Ledger.ReportAsync(id, CancellationToken.None)) is var r ? (r.Total, r.Sent) : default));
    }

    [Fact]
    public async Task SendAsync_MailboxHangs_TeamsDeliveriesFinishFirstAndEachEmailGoesOnce()
    {
        var catalog = Members(10, guestsFrom: 6);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 6);
        _graph.Hold($"/users/{EmailNetwork.Mailbox}/sendMail");

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        var sending = host.SendAsync(id, CancellationToken.None);
        await Eventually.TrueAsync(() => _connector.DeliveredTotal >= 7 && _graph.Waiting >= 1, TimeSpan.FromSeconds(60), () => "the Teams deliveries and an e-mail waiting");
        var whileHeld = (_connector.DeliveredTotal, _graph.Mail.Count);
        _graph.Release();
        await sending.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((7, 0), whileHeld);
        Assert.Equal(["jasen6@kunta.fi", "jasen7@kunta.fi", "jasen8@kunta.fi", "jasen9@kunta.fi"], _graph.Mail.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.Equal((11, 11, 4), ((await host.Ledger.ReportAsync(id, CancellationToken.None)) is var r ? (r.Total, r.Sent, r.ByEmail) : default));
    }

    /// <summary>Members 0…n-1, each with an address; from <paramref name="guestsFrom"/> on guests Teams will not install the app for.</summary>
    private NetworkCatalog Members(int count, int guestsFrom)
    {
        var catalog = TestNetwork.Catalog(count, shape: (i, person) =>
        {
            person.Email = $"jasen{i}@kunta.fi";
            person.IsGuest = i >= guestsFrom;
        });
        for (var i = 0; i < count; i++) _graph.AddTeamsUser(TestNetwork.MemberAadOf(i), guestBlocked: i >= guestsFrom);
        return catalog;
    }

    private Task<FanOutHost> StartHostAsync(NetworkCatalog catalog) =>
        FanOutHost.StartAsync(_database, _connector, catalog, new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Email:Mailbox"] = EmailNetwork.Mailbox,
            ["ProactiveInstallation:TeamsAppId"] = AppId,
            ["ProactiveInstallation:FailedRetryAfter"] = "00:00:00",
            // Enough tries (the most allowed), a second apart at most, to outlast the outage the test makes.
            ["Announcements:MaxAttempts"] = "20",
        });
}

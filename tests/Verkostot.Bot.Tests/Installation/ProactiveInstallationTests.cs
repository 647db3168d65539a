using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Email;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.GraphAccess;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Installation;

/// <summary>
/// Announcements to members the bot has no chat with: it installs itself for them through the real Graph SDK against
/// the fake Graph, sends in the chat that makes, and e-mails those Teams will not install it for.
/// </summary>
public sealed class ProactiveInstallationTests : IAsyncLifetime
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
        await _connector.DisposeAsync();
        await _graph.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<FanOutHost> StartHostAsync(NetworkCatalog catalog) =>
        FanOutHost.StartAsync(_database, _connector, catalog, new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Email:Mailbox"] = EmailNetwork.Mailbox,
            ["ProactiveInstallation:TeamsAppId"] = AppId,
        });

    [Fact]
    public async Task SendAsync_TwoHundredMembers_TwentyInstalledTenEmailedTwoReportedAndEveryNumberAddsUp()
    {
        // 0–167 have a chat; 168–187 have none but can have the app; 188–199 are guests whose tenant refuses it,
        // of whom 198 and 199 have no e-mail address either.
        var catalog = TestNetwork.Catalog(200, shape: (i, person) =>
        {
            person.Email = i is 198 or 199 ? null : $"jasen{i}@kunta.fi";
            person.IsGuest = i >= 188;
        });
        for (var i = 168; i < 200; i++) _graph.AddTeamsUser(TestNetwork.MemberAadOf(i), guestBlocked: i >= 188);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 168);

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));

        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((201, 199, 10, 2, 0, 0), (report.Total, report.Sent, report.ByEmail, report.Failed, report.Pending, report.Stopped));
        Assert.Equal(report.Total, report.Sent + report.Failed + report.Pending + report.Stopped);
        Assert.Equal("Lähetetty 199 / 201 · 10 sähköpostilla · 2 epäonnistui", ReportLine.Finnish(report));
        Assert.Equal(["Jäsen 0198", "Jäsen 0199"], report.Failures.Select(f => f.RecipientName));
        Assert.All(report.Failures, f => Assert.Contains("sähköpostiosoitetta", f.Reason, StringComparison.Ordinal));
        // Teams: the channel, 168 stored chats and the 20 chats the installations made, one message each.
        Assert.Equal(189, _connector.DeliveredCounts.Count);
        Assert.All(_connector.DeliveredCounts, pair => Assert.Equal(1, pair.Value));
        Assert.All(Enumerable.Range(168, 20), i => Assert.Equal(1, _connector.DeliveredCounts.GetValueOrDefault(FakeGraph.ChatOf(TestNetwork.MemberAadOf(i)))));
        Assert.Equal(Enumerable.Range(188, 10).Select(i => $"jasen{i}@kunta.fi"), _graph.Mail.Select(m => m.To).Order());
        Assert.All(Enumerable.Range(168, 32), i => Assert.Equal(1, _graph.Installation(TestNetwork.MemberAadOf(i)).InstallRequests));
        // The coordinator's report card and the CSV say the same: 189 in Teams, 10 by e-mail, 2 not reached.
        var card = CardStrings.Of(_connector.Updates[^1].Body);
        Assert.Contains("Lähetetty 199 / 201 · 10 sähköpostilla · 2 epäonnistui", card, StringComparison.Ordinal);
        Assert.Contains("Jäsen 0198", card, StringComparison.Ordinal);
        var csv = System.Text.Encoding.UTF8.GetString(DeliveryCsv.Write(await host.Ledger.RowsAsync(id, CancellationToken.None))).Split("\r\n")[1..^1];
        Assert.Equal(201, csv.Length);
        Assert.Equal(189, csv.Count(line => line.Contains(";lähetetty;", StringComparison.Ordinal) && line.EndsWith(";Teams", StringComparison.Ordinal)));
        Assert.Equal(10, csv.Count(line => line.Contains(";lähetetty;", StringComparison.Ordinal) && line.EndsWith(";sähköposti", StringComparison.Ordinal)));
        Assert.Equal(["Jäsen 0198", "Jäsen 0199"], csv.Where(line => line.Contains(";epäonnistui;", StringComparison.Ordinal)).Select(line => line.Split(';')[0]).Order());

        // The next announcement asks Graph nothing: the installed have chats, the refused are remembered.
        var installCallsBefore = _graph.Requests.Count(r => r.Target.Contains("/teamwork/", StringComparison.Ordinal));
        var next = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(next, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal((201, 199, 10), ((await host.Ledger.ReportAsync(next, CancellationToken.None)) is var again ? (again.Total, again.Sent, again.ByEmail) : default));
        Assert.All(Enumerable.Range(168, 32), i => Assert.Equal(1, _graph.Installation(TestNetwork.MemberAadOf(i)).InstallRequests));
        Assert.Equal(installCallsBefore, _graph.Requests.Count(r => r.Target.Contains("/teamwork/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendAsync_PersonWhoRemovedTheApp_NotReinstalledButEmailed()
    {
        var catalog = TestNetwork.Catalog(3, shape: (i, person) => person.Email = $"jasen{i}@kunta.fi");
        for (var i = 0; i < 3; i++) _graph.AddTeamsUser(TestNetwork.MemberAadOf(i));
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: _ => false);
        await host.Services.GetRequiredService<PersonalInstallations>().RemovedByUserAsync(TestNetwork.MemberAadOf(1), CancellationToken.None);

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((0, false), (_graph.Installation(TestNetwork.MemberAadOf(1)).InstallRequests, _graph.Installation(TestNetwork.MemberAadOf(1)).Installed));
        Assert.Equal(["jasen1@kunta.fi"], _graph.Mail.Select(m => m.To));
        Assert.True(_graph.Installation(TestNetwork.MemberAadOf(0)).Installed);
        Assert.Equal((4, 4, 1), ((await host.Ledger.ReportAsync(id, CancellationToken.None)) is var r ? (r.Total, r.Sent, r.ByEmail) : default));
    }

    [Fact]
    public async Task SendAsync_Guests_InstalledInThisTenantWhereTeamsAllowsElseEmailedAndNoPermissionAlarm()
    {
        var catalog = TestNetwork.Catalog(2, shape: (i, person) => (person.Email, person.IsGuest) = ($"jasen{i}@toinenkunta.fi", true));
        _graph.AddTeamsUser(TestNetwork.MemberAadOf(0));
        _graph.AddTeamsUser(TestNetwork.MemberAadOf(1), guestBlocked: true);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: _ => false);

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, _connector.DeliveredCounts.GetValueOrDefault(FakeGraph.ChatOf(TestNetwork.MemberAadOf(0))));
        Assert.Equal(["jasen1@toinenkunta.fi"], _graph.Mail.Select(m => m.To));
        Assert.Equal((3, 3, 1), ((await host.Ledger.ReportAsync(id, CancellationToken.None)) is var r ? (r.Total, r.Sent, r.ByEmail) : default));
        // A guest's home tenant saying no is about that person, not a permission the admin must grant.
        Assert.Empty(await host.Services.GetRequiredService<GraphAccessMonitor>().RefusedFeaturesAsync(CancellationToken.None));
        Assert.Empty(_connector.DeliveredBodies("a:chat-koordinaattori"));
    }

    [Fact]
    public async Task SendAsync_InstallationPermissionMissing_EmailedAndCoordinatorToldOnce()
    {
        var catalog = TestNetwork.Catalog(4, shape: (i, person) => person.Email = $"jasen{i}@kunta.fi");
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: _ => false);
        for (var i = 0; i < 4; i++)
        {
            _graph.AddTeamsUser(TestNetwork.MemberAadOf(i));
            _graph.EnqueueFor("/users/" + TestNetwork.MemberAadOf(i) + "/teamwork", FakeGraphResponse.Error(403, "Forbidden", "Missing role permissions on the request."));
        }

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(4, _graph.Mail.Count);
        var alerts = _connector.DeliveredBodies("a:chat-koordinaattori").Where(b => b.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", StringComparison.Ordinal)).ToList();
        Assert.Single(alerts);
        var refused = Assert.Single(await host.Services.GetRequiredService<GraphAccessMonitor>().RefusedFeaturesAsync(CancellationToken.None));
        Assert.Equal(GraphFeature.Installation, refused.Feature);
        // Nothing is held against the people: the next send tries to install again, and works.
        var next = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(next, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(4, _graph.Mail.Count);
        Assert.All(Enumerable.Range(0, 4), i => Assert.True(_graph.Installation(TestNetwork.MemberAadOf(i)).Installed));
        Assert.Empty(await host.Services.GetRequiredService<GraphAccessMonitor>().RefusedFeaturesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_GraphThrottlesTheInstallation_HonoursRetryAfterAndInstallsOnce()
    {
        var catalog = TestNetwork.Catalog(1, shape: (_, person) => person.Email = "jasen0@kunta.fi");
        _graph.AddTeamsUser(TestNetwork.MemberAadOf(0));
        _graph.EnqueueFor("/users/" + TestNetwork.MemberAadOf(0) + "/teamwork", FakeGraphResponse.TooManyRequests(1),
            FakeGraphResponse.Error(503, "ServiceUnavailable", "Try later.", retryAfter: "1"));
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: _ => false);

        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, _connector.DeliveredCounts.GetValueOrDefault(FakeGraph.ChatOf(TestNetwork.MemberAadOf(0))));
        Assert.Empty(_graph.Mail);
        var posts = _graph.Requests.Where(r => r.Method == "POST" && r.Target.EndsWith("/installedApps", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, posts.Count);
        Assert.True(posts[2].ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromMilliseconds(1900), "Retry-After was not honoured");
    }
}

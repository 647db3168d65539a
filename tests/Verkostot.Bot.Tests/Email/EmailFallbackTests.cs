using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Graph;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Email;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Outbox;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Email;

/// <summary>Announcements to people Teams cannot reach: the e-mail lane of the outbox, end to end against the fake connector and the fake Graph.</summary>
public sealed class EmailFallbackTests : IAsyncLifetime
{
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private ThrottlingConnector _connector = null!;
    private FakeGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _connector = await ThrottlingConnector.StartAsync(faultRate: 0);
        _graph = await FakeGraph.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _graph.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<FanOutHost> StartHostAsync(NetworkCatalog catalog, string mailbox = EmailNetwork.Mailbox) =>
        FanOutHost.StartAsync(_database, _connector, catalog, new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Email:Mailbox"] = mailbox,
            ["Announcements:EmailParallelism"] = "2",
        });

    [Fact]
    public async Task SendAsync_MembersTeamsCannotReach_EmailedOnceInTheirLanguageAndEveryNumberAddsUp()
    {
        // 0–11 have a chat; 12–17 none but an address (16, 17 in Mariehamn); 18 no address; 19 opted out.
        var catalog = EmailNetwork.Catalog(20, hasEmail: i => i != 18, swedish: i => i is 16 or 17);
        _graph.AddMailbox(EmailNetwork.Mailbox);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 12);
        await host.Services.GetRequiredService<EmailPreferences>().OptOutAsync("jasen-19", CancellationToken.None);
        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);

        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(13, _connector.DeliveredCounts.Count);
        Assert.Equal(Enumerable.Range(12, 6).Select(i => $"jasen{i}@kunta.fi"), _graph.Mail.Select(m => m.To).Order());
        Assert.Equal(["sv", "sv"], _graph.Mail.Where(m => m.To is "jasen16@kunta.fi" or "jasen17@kunta.fi").Select(m => m.Header("Content-Language")));
        Assert.All(_graph.Mail.Where(m => m.To is not ("jasen16@kunta.fi" or "jasen17@kunta.fi")), m => Assert.Equal("fi", m.Header("Content-Language")));
        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((21, 19, 6, 2, 0, 0), (report.Total, report.Sent, report.ByEmail, report.Failed, report.Pending, report.Stopped));
        Assert.Equal("Lähetetty 19 / 21 · 6 sähköpostilla · 2 epäonnistui", ReportLine.Finnish(report));
        Assert.Contains(report.Failures, f => f.RecipientName == "Jäsen 0018" && f.Reason.Contains("sähköpostiosoitetta", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.RecipientName == "Jäsen 0019" && f.Reason.Contains("kieltäytynyt", StringComparison.Ordinal));
        var csv = System.Text.Encoding.UTF8.GetString(DeliveryCsv.Write(await host.Ledger.RowsAsync(id, CancellationToken.None)));
        Assert.Equal(6, csv.Split("\r\n").Count(line => line.Contains(";lähetetty;", StringComparison.Ordinal) && line.EndsWith(";sähköposti", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendAsync_MailboxOutsideTheAccessPolicy_CoordinatorToldOnceAndRowsFailWithTheFix()
    {
        var catalog = EmailNetwork.Catalog(8, hasEmail: _ => true);
        _graph.AddMailbox(EmailNetwork.Mailbox, accessDenied: true);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 3);
        var monitor = host.Services.GetRequiredService<GraphAccessMonitor>();

        var first = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(first, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var report = await host.Ledger.ReportAsync(first, CancellationToken.None);
        Assert.Equal((9, 4, 5), (report.Total, report.Sent, report.Failed));
        Assert.All(report.Failures, f => Assert.Contains("Mail.Send", f.Reason, StringComparison.Ordinal));
        // The bodies are JSON with non-ASCII letters escaped; the permission's name is plain ASCII.
        var alerts = _connector.DeliveredBodies("a:chat-koordinaattori").Where(b => b.Contains("Mail.Send-oikeus", StringComparison.Ordinal)).ToList();
        Assert.Single(alerts);
        Assert.Equal(GraphAccessProblem.ConsentMissing, Assert.Single(await monitor.RefusedFeaturesAsync(CancellationToken.None)).Problem);

        _graph.AddMailbox(EmailNetwork.Mailbox);
        var second = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(second, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(5, (await host.Ledger.ReportAsync(second, CancellationToken.None)).ByEmail);
        Assert.Empty(await monitor.RefusedFeaturesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_MailboxThatDoesNotExist_OneFinnishCardHealthDegradedOncePerStreakAndRowsSayWhy()
    {
        var catalog = EmailNetwork.Catalog(6, hasEmail: _ => true);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 3);
        var health = new GraphAccessHealthCheck(host.Services.GetRequiredService<GraphAccessMonitor>());

        var first = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(first, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        var second = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(second, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var report = await host.Ledger.ReportAsync(second, CancellationToken.None);
        Assert.Equal((7, 4, 0, 3), (report.Total, report.Sent, report.ByEmail, report.Failed));
        Assert.All(report.Failures, f => Assert.Equal("Ei tavoitettu Teamsissa, eikä sähköpostia voitu lähettää: lähettäjän postilaatikkoa ei löydy.", f.Reason));
        var alert = Assert.Single(CoordinatorCards(), c => c.Contains("Sähköpostin lähetys ei toimi", StringComparison.Ordinal));
        Assert.Contains("Lähettäjäksi asetettua postilaatikkoa ei löydy Exchange Onlinesta.", alert, StringComparison.Ordinal);
        var degraded = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal((HealthStatus.Degraded, "The sending mailbox (Email:Mailbox) does not exist."), (degraded.Status, degraded.Description));

        _graph.AddMailbox(EmailNetwork.Mailbox);
        var third = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
        await host.SendAsync(third, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, (await host.Ledger.ReportAsync(third, CancellationToken.None)).ByEmail);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task SendAsync_GraphAnswers401_OneFinnishCardPerStreakHealthDegradedUntilItWorksAndTheNextStreakToldAgain()
    {
        var catalog = EmailNetwork.Catalog(5, hasEmail: _ => true);
        _graph.AddMailbox(EmailNetwork.Mailbox);
        await using var host = await StartHostAsync(catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 3);
        var health = new GraphAccessHealthCheck(host.Services.GetRequiredService<GraphAccessMonitor>());
        var unauthorized = FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token validation failure.");
        Task SendAnnouncementAsync() => host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector)
            .ContinueWith(id => host.SendAsync(id.Result, CancellationToken.None)).Unwrap().WaitAsync(TimeSpan.FromSeconds(60));

        // Two announcements refused (two e-mails each), then one that works, then a refused one again.
        _graph.EnqueueFor($"/users/{EmailNetwork.Mailbox}/sendMail", unauthorized, unauthorized, unauthorized, unauthorized);
        await SendAnnouncementAsync();
        await SendAnnouncementAsync();
        var whileRefused = await health.CheckHealthAsync(new HealthCheckContext());
        var cardsWhileRefused = CoordinatorCards().Count(c => c.Contains("Sähköpostin lähetys ei toimi", StringComparison.Ordinal));
        await SendAnnouncementAsync();
        var afterSuccess = await health.CheckHealthAsync(new HealthCheckContext());
        _graph.EnqueueFor($"/users/{EmailNetwork.Mailbox}/sendMail", unauthorized, unauthorized);
        await SendAnnouncementAsync();

        Assert.Equal((HealthStatus.Degraded, "Sending e-mail is refused (Mail.Send, consent or the application access policy missing)."), (whileRefused.Status, whileRefused.Description));
        Assert.Equal(1, cardsWhileRefused);
        Assert.Contains("Mail.Send-oikeus", CoordinatorCards().First(c => c.Contains("Sähköpostin lähetys ei toimi", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, afterSuccess.Status);
        Assert.Equal(2, CoordinatorCards().Count(c => c.Contains("Sähköpostin lähetys ei toimi", StringComparison.Ordinal)));
        Assert.Equal(2, _graph.Mail.Count);
    }

    [Fact]
    public async Task SendAsync_HostStoppedWhileEmailingAndRestarted_EveryoneGetsExactlyOneEmail()
    {
        var catalog = EmailNetwork.Catalog(12, hasEmail: _ => true);
        _graph.AddMailbox(EmailNetwork.Mailbox);
        _graph.SendMailLatency = TimeSpan.FromMilliseconds(150);
        Guid id;
        await using (var first = await StartHostAsync(catalog))
        {
            await EmailNetwork.SeedChatsAsync(first, _connector, catalog, hasChat: _ => false);
            id = await first.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
            using var stopping = new CancellationTokenSource();
            var sending = first.SendAsync(id, stopping.Token);
            await Eventually.TrueAsync(() => _graph.Mail.Count >= 3, TimeSpan.FromSeconds(30), () => $"{_graph.Mail.Count} e-mails");
            await stopping.CancelAsync();
            await sending.WaitAsync(TimeSpan.FromSeconds(30));
        }
        Assert.InRange(_graph.Mail.Count, 3, 11);

        await using var second = await StartHostAsync(catalog);
        await second.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(12, _graph.Mail.Count);
        Assert.Equal(12, _graph.Mail.Select(m => m.To).Distinct().Count());
        var report = await second.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((13, 13, 12), (report.Total, report.Sent, report.ByEmail));
    }

    [Fact]
    public async Task SendAsync_EmailOff_TeamsUnreachableReportedAsBefore()
    {
        var catalog = EmailNetwork.Catalog(4, hasEmail: _ => true);
        await using var host = await FanOutHost.StartAsync(_database, _connector, catalog);
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: i => i < 2);
        var id = await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);

        await host.SendAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var report = await host.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((5, 3, 0, 2), (report.Total, report.Sent, report.ByEmail, report.Failed));
        Assert.Empty(_graph.Requests);
        Assert.All(await host.Ledger.RowsAsync(id, CancellationToken.None), r => Assert.Equal(DeliveryChannel.Teams, r.Channel));
    }

    /// <summary>What the cards and messages sent to the coordinator's chat say, report card updates left out.</summary>
    private IEnumerable<string> CoordinatorCards() => _connector.DeliveredBodies("a:chat-koordinaattori").Select(CardStrings.Of);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Announcements;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Storage;
using Verkostot.Testing.Time;
using Xunit.Abstractions;

namespace Verkostot.Bot.Tests.Email;

/// <summary>
/// kill -9 of the real bot process while it e-mails an announcement through the fake Graph, then a restart: the
/// e-mails not yet sent go out, nobody gets one twice, and only those cut off mid-request are reported in doubt.
/// </summary>
[Trait("Category", "Process")]
public sealed class EmailCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Members = 24;
    private const int EmailedBeforeKill = 6;
    private const int EmailParallelism = 2;
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private ThrottlingConnector _connector = null!;
    private FakeGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _connector = await ThrottlingConnector.StartAsync(faultRate: 0);
        _graph = await FakeGraph.StartAsync();
        _graph.AddMailbox(EmailNetwork.Mailbox);
        // Exchange takes its time: e-mails are still in flight when the process is killed.
        _graph.SendMailLatency = TimeSpan.FromMilliseconds(400);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _graph.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task KilledWhileEmailing_AfterRestartTheRestAreEmailedAndNobodyTwice()
    {
        var id = await PrepareAnnouncementAsync();
        var settings = new Dictionary<string, string?>(_database.Storage)
        {
            ["Storage:SeedDemoData"] = "false",
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["Email:Mailbox"] = EmailNetwork.Mailbox,
            ["Announcements:EmailParallelism"] = EmailParallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // A killed worker's announcement and its cut-off sends are given up on quickly, so the test need not wait.
            ["Announcements:WorkerLease"] = "00:00:03",
            ["Announcements:ClaimLease"] = "00:00:05",
        };

        await using (var first = await BotProcess.StartAsync(settings))
        {
            // The announcement sweep (every minute) resumes the started announcement.
            await Eventually.TrueAsync(() => _graph.Mail.Count >= EmailedBeforeKill, TimeSpan.FromSeconds(150), () => $"{_graph.Mail.Count} e-mails\n{first.Tail()}");
            await first.KillAsync();
            output.WriteLine($"before the kill the bot logged:\n{Notable(first)}");
        }
        var beforeRestart = _graph.Mail.Count;
        await using var reader = await ReaderAsync();
        // The rows the killed bot held: in flight, claimed next, or sent (or handed over to e-mail) and not yet recorded.
        // How many depends on how far the recording lagged on a busy machine; which they are is what the restart must
        // respect.
        var heldAtKill = (await reader.Ledger.RowsAsync(id, CancellationToken.None)).Where(r => r.State == OutboxState.Sending).ToList();
        await using var second = await BotProcess.StartAsync(settings);
        DeliveryReport report = DeliveryReport.Empty;
        await Eventually.TrueAsync(async () => (report = await reader.Ledger.ReportAsync(id, CancellationToken.None)).IsComplete && report.Total > 0,
            TimeSpan.FromSeconds(150), () => $"{report}\n{second.Tail()}");

        output.WriteLine($"after the restart the bot logged:\n{Notable(second)}");
        output.WriteLine($"e-mailed before the kill: {beforeRestart}; held at the kill: {heldAtKill.Count}; in all: {_graph.Mail.Count}; report: sent {report.Sent} ({report.ByEmail} by e-mail), failed {report.Failed}");
        Assert.InRange(beforeRestart, EmailedBeforeKill, Members - 1);
        Assert.All(_graph.Mail.GroupBy(m => m.To), to => Assert.Single(to));
        // Every member is e-mailed or, cut off by the kill, reported in doubt: exactly the rows the killed bot held.
        // Those may have arrived, so none is resent; every other row is sent after the restart.
        Assert.Equal((Members + 1, 0), (report.Total, report.Pending));
        Assert.Equal(report.Total, report.Sent + report.Failed);
        var inDoubt = (await reader.Ledger.RowsAsync(id, CancellationToken.None)).Where(r => r.State == OutboxState.InDoubt).Select(r => r.Id);
        Assert.Equal(heldAtKill.Select(r => r.Id).Order(), inDoubt.Order());
        Assert.Equal(report.Failed, heldAtKill.Count);
        // The e-mail lane claims no further ahead than it sends: of its rows held at the kill, those never e-mailed were
        // in flight or claimed next.
        var mailed = _graph.Mail.Select(m => m.To).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = EmailNetwork.Catalog(Members, hasEmail: _ => true).PeopleById;
        Assert.InRange(heldAtKill.Count(r => r.Channel == DeliveryChannel.Email && !mailed.Contains(people[r.PersonId!].Email!)), 0, 2 * EmailParallelism);
        Assert.InRange(report.Failures.Select(f => f.Reason).Distinct().Count(), 0, 1);
        Assert.InRange(_graph.Mail.Count, report.ByEmail, report.ByEmail + report.Failed);
        Assert.Equal(Members, report.ByEmail + report.Failed);
    }

    // What tells how many rows were in flight at the kill: the workers and jobs that ran, and warnings.
    private static string Notable(BotProcess bot) => string.Join('\n', bot.Output.Where(l =>
        l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal)
        || l.Contains("Announcement", StringComparison.Ordinal) || l.Contains("Outbox row", StringComparison.Ordinal)).Take(40));

    /// <summary>The bot's database as after a coordinator's "Lähetä": the network, the team's channel, an announcement started.</summary>
    private async Task<Guid> PrepareAnnouncementAsync()
    {
        var catalog = EmailNetwork.Catalog(Members, hasEmail: _ => true);
        await using var host = await FanOutHost.StartAsync(_database, _connector, catalog);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync())
        {
            // The announcement needs no presidium; leaving it out spares the regions its seats name.
            CatalogWriter.Add(db, catalog.Content with { Bodies = [] });
            await db.SaveChangesAsync();
        }
        await EmailNetwork.SeedChatsAsync(host, _connector, catalog, hasChat: _ => false);
        return await host.StartAnnouncementAsync(catalog, AnnouncementAudience.ChannelAndMembers, _connector);
    }

    /// <summary>Reads the outbox beside the running bot, as an operator's query would.</summary>
    private async Task<FanOutHost> ReaderAsync() =>
        await FanOutHost.StartAsync(_database, _connector, EmailNetwork.Catalog(Members, hasEmail: _ => true));
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bench.Reach;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Email;
using Verkostot.Bot.Installation;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Messaging;
using Verkostot.Core.Storage;
using Verkostot.Testing.Catalog;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Graph;

// dotnet run -c Release --project bench/Verkostot.Bench.Reach -- [--recipients 2000] [--install 0.10] [--email 0.05] [--rate 30] [--mails-per-minute 30]
// An announcement to every member where some need the app installed first and some can only be e-mailed, against a
// fake connector enforcing Teams' limits and a fake Graph enforcing the mailbox's (messages a minute, requests in 10
// minutes). Prints when the Teams deliveries and the e-mails finished against each limit's minimum.
var recipients = Option("--recipients", 2000);
var installShare = Option("--install", 0.10);
var emailShare = Option("--email", 0.05);
var rate = Option("--rate", 30);
var mailsPerMinute = Option("--mails-per-minute", 30);
var members = recipients - 1;
var emailed = (int)Math.Round(recipients * emailShare);
var installed = (int)Math.Round(recipients * installShare);
// Spread through the roster so that the three kinds come through the outbox mixed, as they would in a real one.
var emailedMembers = Enumerable.Range(0, emailed).Select(k => k * members / emailed).ToHashSet();
var installedMembers = Enumerable.Range(0, members).Where(i => !emailedMembers.Contains(i) && i % (members / installed) == 1).Take(installed).ToHashSet();
bool IsEmailed(int i) => emailedMembers.Contains(i);
bool IsInstalled(int i) => installedMembers.Contains(i);

await using var connector = await ThrottlingConnector.StartAsync(faultRate: 0, seed: 2026, perTenantPerSecond: rate);
await using var graph = await FakeGraph.StartAsync();
const string Mailbox = "verkostot@kuntaliitto.fi";
graph.AddMailbox(Mailbox);
graph.MessagesPerMinute = mailsPerMinute;
graph.MailboxRequestsPer10Minutes = 10_000;
var catalog = ReachNetwork.Catalog(members, isGuest: IsEmailed);
for (var i = 0; i < members; i++)
{
    if (IsEmailed(i) || IsInstalled(i)) graph.AddTeamsUser(ReachNetwork.AadOf(i), guestBlocked: IsEmailed(i));
}

var database = Path.Combine(Path.GetTempPath(), $"bench-reach-{Guid.NewGuid():N}.db");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:Provider"] = "Sqlite",
    ["Storage:ConnectionString"] = $"Data Source={database}",
    ["Storage:SeedDemoData"] = "false",
    ["Connector:AppPermitsPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
    ["Connector:RetryBaseDelay"] = "00:00:00.500",
    ["Verkostot:PublicBaseUrl"] = "https://verkostot.example",
    ["Verkostot:LinkSigningKey"] = "reach-bench-link-signing-key-0123456789abcdef",
    ["Graph:BaseUrl"] = graph.BaseUrl,
    ["Email:Mailbox"] = Mailbox,
    ["Email:MessagesPerMinute"] = mailsPerMinute.ToString(CultureInfo.InvariantCulture),
    ["ProactiveInstallation:TeamsAppId"] = "5f3a0b6e-7c1d-4e2f-9a8b-0c1d2e3f4a5b",
}).Build();
var services = new ServiceCollection()
    .AddLogging(l => l.SetMinimumLevel(LogLevel.Error).AddSimpleConsole())
    .AddSingleton<IConfiguration>(configuration)
    .AddCoreStorage(configuration);
services.AddBotConfiguration(configuration);
services.AddConnector(configuration);
services.AddSingleton<NoticeCards>();
services.AddSingleton<TeamsUserDirectory>();
services.AddScoped<IMessenger, ConnectorMessenger>();
services.AddAnnouncements(configuration);
services.AddEmail(configuration);
services.AddProactiveInstallation(configuration);
services.AddSingleton<ICatalogSource>(new FixedCatalogSource(catalog));
await using var provider = services.BuildServiceProvider();

await using (var db = await provider.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync())
{
    await db.Database.MigrateAsync();
    db.ConversationReferences.Add(new ConversationReference
    {
        ConversationId = ReachNetwork.ChannelId,
        ConversationType = "channel",
        ServiceUrl = connector.ServiceUrl,
        ChannelId = "msteams",
        TenantId = ReachNetwork.TenantId,
        TeamId = ReachNetwork.TeamId,
        TeamsChannelId = ReachNetwork.ChannelId,
        UpdatedAt = DateTimeOffset.UtcNow,
    });
    // Members who have talked to the bot before have a known 1:1 chat; the others are reached by installation or e-mail.
    db.ConversationReferences.AddRange(catalog.People.Where(p => p.Id == "coordinator" || !(IsEmailed(Index(p.Id)) || IsInstalled(Index(p.Id))))
        .Select(p => new ConversationReference
        {
            ConversationId = $"a:chat-{p.EntraObjectId}",
            ConversationType = "personal",
            ServiceUrl = connector.ServiceUrl,
            ChannelId = "msteams",
            TenantId = ReachNetwork.TenantId,
            UserAadObjectId = p.EntraObjectId,
            UpdatedAt = DateTimeOffset.UtcNow,
        }));
    await db.SaveChangesAsync();
}

var store = provider.GetRequiredService<AnnouncementStore>();
var ledger = provider.GetRequiredService<DeliveryLedger>();
var author = AnnouncementAuthor.Find(catalog, ReachNetwork.CoordinatorAad, DateOnly.FromDateTime(DateTime.UtcNow))!;
var draft = await store.CreateDraftAsync(author, new ValidDraft(ReachNetwork.NetworkId, "Benchmark", "Tiedote **kaikille**.", null,
    AnnouncementAudience.ChannelAndMembers, null), CancellationToken.None);
await store.ConfirmAsync(draft.Id, author, new ReportCardLocation("a:chat-aad-coordinator", "report-1", connector.ServiceUrl), CancellationToken.None);

var teamsConversations = recipients - emailed;
var clock = Stopwatch.StartNew();
TimeSpan? teamsDone = null;
using var watching = new CancellationTokenSource();
var progress = new List<string>();
var watcher = Task.Run(async () =>
{
    var nextSample = TimeSpan.FromSeconds(15);
    while (!watching.IsCancellationRequested)
    {
        if (teamsDone is null && connector.DeliveredCounts.Count >= teamsConversations) teamsDone = clock.Elapsed;
        if (clock.Elapsed >= nextSample)
        {
            progress.Add($"{nextSample.TotalSeconds,5:F0} s: Teams {connector.DeliveredCounts.Count,5}, e-mail {graph.Mail.Count,4}, installation requests {graph.Requests.Count(r => r.Method == "POST" && r.Target.EndsWith("/installedApps", StringComparison.Ordinal)),4}");
            nextSample += TimeSpan.FromSeconds(15);
        }
        await Task.Delay(50);
    }
});
using (var scope = provider.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<AnnouncementStarter>().StartAsync(draft.Id, CancellationToken.None);
    await scope.ServiceProvider.GetRequiredService<AnnouncementSender>().SendAsync(draft.Id, CancellationToken.None);
}
clock.Stop();
await watching.CancelAsync();
await watcher;

var report = await ledger.ReportAsync(draft.Id, CancellationToken.None);
var delivered = connector.DeliveredCounts;
var mails = graph.Mail;
var duplicated = delivered.Values.Sum(n => n - 1) + (mails.Count - mails.Select(m => m.To).Distinct().Count());
var lost = teamsConversations - delivered.Count + (emailed - mails.Select(m => m.To).Distinct().Count());
var installs = graph.Requests.Count(r => r.Method == "POST" && r.Target.EndsWith("/installedApps", StringComparison.Ordinal));
var teamsMinimum = recipients / (double)rate;
// Exchange lets n messages out in full minutes: the last one leaves (n − 1) / perMinute whole minutes after the first.
var emailMinimum = (emailed - 1) / mailsPerMinute * 60.0;
var slower = Math.Max(teamsMinimum, emailMinimum);
var seconds = clock.Elapsed.TotalSeconds;
var firstMail = mails.Count > 0 ? mails.Min(m => m.AcceptedAt) : default;
var lastMail = mails.Count > 0 ? mails.Max(m => m.AcceptedAt) : default;
Console.WriteLine($"Recipients:              {recipients} (channel + {members} members 1:1): {teamsConversations - installed} with a chat, {installed} installed first, {emailed} e-mailed");
Console.WriteLine($"Limits (fakes):          Teams {rate}/s per tenant, 7/s per conversation; mailbox {mailsPerMinute} messages a minute, 10 000 requests in 10 minutes");
Console.WriteLine($"Teams deliveries done:   {teamsDone?.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) ?? "never"} s (minimum {teamsMinimum:F1} s for {recipients} at {rate}/s)");
Console.WriteLine($"E-mails:                 {mails.Count}, first to last {(lastMail - firstMail).TotalSeconds:F1} s (minimum {emailMinimum:F1} s)");
Console.WriteLine($"Seconds taken:           {seconds:F1}");
Console.WriteLine($"Slower limit's minimum:  {slower:F1}");
Console.WriteLine($"Over the minimum:        {(seconds / slower - 1):P1} (target within 10%)");
Console.WriteLine($"Graph:                   {graph.Requests.Count} requests, {installs} installations, {graph.Throttled} over-limit 429s");
Console.WriteLine($"Connector:               {connector.Requests} requests, {connector.Throttled} over-limit 429s, {connector.Updates.Count} report updates");
Console.WriteLine("Progress:");
foreach (var line in progress) Console.WriteLine("  " + line);
Console.WriteLine($"Lost:                    {lost}");
Console.WriteLine($"Duplicated:              {duplicated}");
Console.WriteLine($"Ledger:                  sent {report.Sent} ({report.ByEmail} by e-mail), failed {report.Failed}, pending {report.Pending}, total {report.Total}");
Console.WriteLine($"Report line:             {ReportLine.Finnish(report)}");
File.Delete(database);
return lost == 0 && duplicated == 0 ? 0 : 1;

static int Index(string personId) => int.Parse(personId["member-".Length..], CultureInfo.InvariantCulture);

T Option<T>(string name, T fallback) where T : IParsable<T>
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && T.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

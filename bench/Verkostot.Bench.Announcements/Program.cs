using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bench.Announcements;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Messaging;
using Verkostot.Core.Storage;
using Verkostot.Testing.Catalog;
using Verkostot.Testing.Connector;

// dotnet run -c Release --project bench/Verkostot.Bench.Announcements -- [--recipients 2000] [--rate 30] [--faults 0.05]
var recipients = Option("--recipients", 2000);
var rate = Option("--rate", 30);
var faults = Option("--faults", 0.05);
var parallelism = Option("--parallelism", 12);

await using var connector = await ThrottlingConnector.StartAsync(faults, seed: 2026, perTenantPerSecond: rate);
var database = Path.Combine(Path.GetTempPath(), $"bench-announcements-{Guid.NewGuid():N}.db");
var catalog = BenchNetwork.Catalog(members: recipients - 1);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:Provider"] = "Sqlite",
    ["Storage:ConnectionString"] = $"Data Source={database}",
    ["Storage:SeedDemoData"] = "false",
    ["Connector:AppPermitsPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
    ["Connector:RetryBaseDelay"] = "00:00:00.500",
    ["Verkostot:PublicBaseUrl"] = "https://verkostot.example",
    ["Verkostot:LinkSigningKey"] = "fan-out-link-signing-key-0123456789abcdef",
    ["Announcements:Parallelism"] = parallelism.ToString(CultureInfo.InvariantCulture),
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
services.AddSingleton<ICatalogSource>(new FixedCatalogSource(catalog));
await using var provider = services.BuildServiceProvider();

await using (var db = await provider.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync())
{
    await db.Database.MigrateAsync();
    if (args.Contains("--wal"))
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
    // Members who have talked to the bot before: their 1:1 chats are known, as in steady use.
    db.ConversationReferences.Add(Reference(TestChannel: true, null, connector.ServiceUrl));
    db.ConversationReferences.AddRange(catalog.People.Select(p => Reference(false, p.EntraObjectId, connector.ServiceUrl)));
    await db.SaveChangesAsync();
}

var store = provider.GetRequiredService<AnnouncementStore>();
var ledger = provider.GetRequiredService<DeliveryLedger>();
var author = AnnouncementAuthor.Find(catalog, BenchNetwork.CoordinatorAad, DateOnly.FromDateTime(DateTime.UtcNow))!;
var draft = await store.CreateDraftAsync(author, new ValidDraft(BenchNetwork.NetworkId, "Benchmark", "Tiedote **kaikille**.", null,
    AnnouncementAudience.ChannelAndMembers, null), CancellationToken.None);
await store.ConfirmAsync(draft.Id, author, new ReportCardLocation("a:chat-coordinator", "report-1", connector.ServiceUrl), CancellationToken.None);

var clock = Stopwatch.StartNew();
using (var scope = provider.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<AnnouncementStarter>().StartAsync(draft.Id, CancellationToken.None);
    await scope.ServiceProvider.GetRequiredService<AnnouncementSender>().SendAsync(draft.Id, CancellationToken.None);
}
clock.Stop();

var report = await ledger.ReportAsync(draft.Id, CancellationToken.None);
var delivered = connector.DeliveredCounts;
var duplicated = delivered.Values.Sum(n => n - 1);
var lost = recipients - delivered.Count;
var minimum = recipients / (double)rate;
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"Recipients:            {recipients} (channel thread + {recipients - 1} members 1:1)");
Console.WriteLine($"Limits (fake):         {rate}/s per tenant, 7/s per conversation; injected faults {faults:P0}");
Console.WriteLine($"Seconds taken:         {seconds:F1}");
Console.WriteLine($"Minimum ({recipients} / {rate}):  {minimum:F1}");
Console.WriteLine($"Over the minimum:      {(seconds / minimum - 1):P1} (target within 5%)");
Console.WriteLine($"Requests at the fake:  {connector.Requests} ({connector.Faults} injected faults, {connector.Throttled} over-limit 429s, {connector.Updates.Count} report updates)");
Console.WriteLine($"Delivered:             {delivered.Values.Sum()} to {delivered.Count} conversations");
Console.WriteLine($"Lost:                  {lost}");
Console.WriteLine($"Duplicated:            {duplicated}");
Console.WriteLine($"Ledger:                sent {report.Sent}, failed {report.Failed}, pending {report.Pending}, stopped {report.Stopped}, total {report.Total}");
File.Delete(database);
return lost == 0 && duplicated == 0 ? 0 : 1;

static ConversationReference Reference(bool TestChannel, string? aad, string serviceUrl) => TestChannel
    ? new() { ConversationId = BenchNetwork.ChannelId, ConversationType = "channel", ServiceUrl = serviceUrl, ChannelId = "msteams", TenantId = "tenant", TeamId = BenchNetwork.TeamId, UpdatedAt = DateTimeOffset.UtcNow }
    : new() { ConversationId = $"a:chat-{aad}", ConversationType = "personal", ServiceUrl = serviceUrl, ChannelId = "msteams", TenantId = "tenant", UserAadObjectId = aad, UpdatedAt = DateTimeOffset.UtcNow };

T Option<T>(string name, T fallback) where T : IParsable<T>
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && T.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

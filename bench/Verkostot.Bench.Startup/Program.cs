using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Verkostot.Bench.Startup;
using Verkostot.Testing;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Loopback;
using Verkostot.Testing.Tokens;

// Start-up to the first answered question, and resident memory after start-up, of the PUBLISHED bot
// (scripts/publish.sh → artifacts/publish) on a restart with an existing SQLite database. Production settings, JWT
// validation on (loopback OpenID fake), the outbound token from a loopback Entra fake over TLS, the reply to a loopback
// Bot Connector fake. Prints every run, the best and the median, and the machine's load (the figures are only as good
// as the machine is quiet).
//   dotnet run -c Release --project bench/Verkostot.Bench.Startup -- [--runs 7] [--publish artifacts/publish] [--env KEY=VALUE …]
//   [--output true]: after each run, what the bot wrote (with --env Logging:LogLevel:Default=Information, its start-up steps)
//   [--mappings N]: after each run, the N largest parts of the resident memory (a diagnostic)
var runs = 7;
var mappings = 0;
var showOutput = false;
var publish = Path.Combine(RepositoryRoot.Path, "artifacts", "publish");
var extra = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--output": showOutput = args[i + 1] == "true"; break;
        case "--mappings": mappings = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--publish": publish = Path.GetFullPath(args[i + 1]); break;
        case "--env": extra[args[i + 1].Split('=', 2)[0]] = args[i + 1].Split('=', 2)[1]; break;
        default: throw new ArgumentException($"Unknown option {args[i]}: --runs N, --publish DIR, --env KEY=VALUE, --mappings N, --output true");
    }
}
if (!File.Exists(Path.Combine(publish, "Verkostot.Bot.dll")))
{
    Console.Error.WriteLine($"No published bot in {publish}: run scripts/publish.sh first.");
    return 1;
}

var key = TestTokensKey.Generate("startup-bench-key", "msteams");
await using var openId = await FakeOpenIdServer.StartAsync(key);
await using var entra = await FakeEntraTokenEndpoint.StartAsync();
await using var connector = await FakeConnector.StartAsync();
var work = Directory.CreateTempSubdirectory("verkostot-startup-bench-");
var certificate = Path.Combine(work.FullName, "loopback-entra.pem");
await File.WriteAllTextAsync(certificate, entra.Certificate.ExportCertificatePem());
var database = Path.Combine(work.FullName, "data", "verkostot.db");

var settings = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    ["SSL_CERT_FILE"] = certificate,
    ["MicrosoftAppId"] = TestTokens.AppId,
    ["MicrosoftAppTenantId"] = TestTokens.TenantId,
    ["MicrosoftAppPassword"] = "startup-bench-secret",
    ["AuthorityHost"] = entra.AuthorityHost,
    ["OpenIdMetadataUrl"] = openId.MetadataUrl,
    ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
    ["Verkostot:PublicBaseUrl"] = "https://verkostot.example.fi/",
    ["Verkostot:LinkSigningKey"] = "startup-bench-link-signing-key-0123456789",
    ["Storage:Provider"] = "Sqlite",
    ["Storage:ConnectionString"] = $"Data Source={database}",
    ["Logging:LogLevel:Default"] = "Warning",
};
foreach (var (name, value) in extra)
{
    settings[name] = value;
}

Console.WriteLine("Verkostot.Bot start-up and memory (published build, figures, not a test)");
Console.WriteLine($"  {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {publish}");
Console.WriteLine($"  uptime: {Uptime()}");
if (extra.Count > 0)
{
    Console.WriteLine($"  extra settings: {string.Join(", ", extra.Select(e => $"{e.Key}={e.Value}"))}");
}

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var first = await RunAsync(new Dictionary<string, string>(settings) { ["Storage:SeedDemoData"] = "true" });
Console.WriteLine($"  first start (creates the database, migrates, loads the demo data): {first.Seconds:0.00} s, RSS {first.RssAfterStartMb:0} MB (load {first.Load})");

var results = new List<StartupRun>();
for (var run = 1; run <= runs; run++)
{
    var result = await RunAsync(settings);
    results.Add(result);
    Console.WriteLine($"  restart {run}: first answer {result.Seconds:0.00} s (CPU {result.CpuSeconds:0.00} s), RSS after it {result.RssAfterStartMb:0} MB, " +
        $"5 s later {result.RssSettledMb:0} MB ({result.RssParts}) (load {result.Load})");
}

var seconds = results.Select(r => r.Seconds).Order().ToList();
var cpu = results.Select(r => r.CpuSeconds).Order().ToList();
var rss = results.Select(r => r.RssSettledMb).Order().ToList();
Console.WriteLine();
Console.WriteLine($"  restart → first answer: best {seconds[0]:0.00} s, median {Median(seconds):0.00} s   (target ≤ 2 s)");
Console.WriteLine($"  CPU time used to the first answer: best {cpu[0]:0.00} s, median {Median(cpu):0.00} s   (what the start costs; an idle machine answers in about this time)");
Console.WriteLine($"  RSS after start-up (5 s after the first answer): best {rss[0]:0} MB, median {Median(rss):0} MB   (target ≤ 150 MB)");
Console.WriteLine($"  uptime at the end: {Uptime()}");
work.Delete(recursive: true);
return 0;

async Task<StartupRun> RunAsync(IReadOnlyDictionary<string, string> with)
{
    var load = Uptime().Split("load average:").Last().Trim();
    var port = LoopbackPort.Free();
    var conversation = $"a:startup-{Guid.NewGuid():N}";
    await using var bot = BotUnderTest.Start(publish, work.FullName, port, with);
    var reply = connector.WaitForRequestAsync(
        r => r.Method == "POST" && r.ConversationId == conversation && r.Json.TryGetProperty("type", out var t) && t.GetString() == "message",
        TimeSpan.FromSeconds(120));
    var token = TestTokens.Mint(key, DateTimeOffset.UtcNow, new TestTokensSpec { ServiceUrl = connector.ServiceUrl });
    while (true)
    {
        if (bot.HasExited)
        {
            throw new InvalidOperationException("The bot exited while starting:" + Environment.NewLine + bot.Tail());
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/api/messages")
        {
            Content = new StringContent(Question(conversation, connector.ServiceUrl), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted)
            {
                break;
            }
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}:{Environment.NewLine}{bot.Tail()}");
        }
        catch (HttpRequestException)
        {
            await Task.Delay(10); // not listening yet
        }
    }
    RecordedRequest answered;
    try
    {
        answered = await reply;
    }
    catch (TimeoutException)
    {
        throw new TimeoutException("No answer reached the connector:" + Environment.NewLine + bot.Tail());
    }
    var cpuSeconds = bot.CpuSeconds();
    var afterStart = bot.RssMb();
    await Task.Delay(TimeSpan.FromSeconds(5));
    if (showOutput)
    {
        Console.WriteLine($"      started {bot.StartedAt:HH:mm:ss.fff}, answer at the connector {answered.ReceivedAt:HH:mm:ss.fff}");
        Console.WriteLine(bot.Tail(200));
    }
    if (mappings > 0)
    {
        foreach (var (mapping, mb) in bot.RssByMapping().Take(mappings))
        {
            Console.WriteLine($"      {mb,7:0.0} MB  {mapping}");
        }
    }
    return new StartupRun((answered.ReceivedAt - bot.StartedAt).TotalSeconds, cpuSeconds, afterStart, bot.RssMb(), bot.RssParts(), load);
}

static string Question(string conversation, string serviceUrl) => new JsonObject
{
    ["type"] = "message",
    ["id"] = Guid.NewGuid().ToString("N"),
    ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
    ["serviceUrl"] = serviceUrl,
    ["channelId"] = "msteams",
    ["from"] = new JsonObject { ["id"] = "29:startup-bench-user", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000020", ["name"] = "Bench User" },
    ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = TestTokens.TenantId },
    ["recipient"] = new JsonObject { ["id"] = "28:" + TestTokens.AppId, ["name"] = "Verkostot" },
    ["text"] = "kuka on puheenjohtaja",
    ["locale"] = "fi-FI",
    ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestTokens.TenantId } },
}.ToJsonString();

static double Median(List<double> sorted) =>
    sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

static string Uptime()
{
    var parts = File.ReadAllText("/proc/loadavg").Split(' ');
    var up = TimeSpan.FromSeconds(double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture));
    return $"up {up:d\\.hh\\:mm}, load average: {parts[0]}, {parts[1]}, {parts[2]}";
}

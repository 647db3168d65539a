using System.Diagnostics;
using System.Globalization;
using Verkostot.Bench.Fakes;
using Verkostot.Bench.Fuzz;
using Verkostot.Bench.Reporting;
using Verkostot.Bench.Targets;
using Verkostot.Testing;
using Verkostot.Testing.Loopback;

// The fuzz bench: hostile activities against the real bot process (developer mode, the bot's own defaults otherwise).
//   dotnet bench/Verkostot.Bench.Fuzz/bin/Release/net10.0/Verkostot.Bench.Fuzz.dll [--requests 30000] [--rest 60]
var requests = Option("--requests", 30_000);
var warmup = Option("--warmup", 2_000);
var restSeconds = Option("--rest", 60);
const int Concurrency = 16;
const double MemoryTargetMb = 50;

var root = RepositoryRoot.Path;
if (!File.Exists(ChildProcessBot.Dll(root)))
{
    Console.WriteLine("The bot is not published: " + ChildProcessBot.Missing);
    return 1;
}

var work = Directory.CreateTempSubdirectory("verkostot-fuzz-").FullName;
await using var connector = await LoopbackConnector.StartAsync();
var deadServiceUrl = $"http://127.0.0.1:{LoopbackPort.Free()}/";
var log = new LogWatch();
var settings = new Dictionary<string, string?>
{
    ["Logging:LogLevel:Default"] = "Information",
    // The bot's own Teams limits, not the load bench's raised ones.
    ["Connector:AppPermitsPerSecond"] = "30",
    ["Connector:ConversationPermitsPerSecond"] = "7",
    ["Connector:ConversationPermitsPer30Seconds"] = "60",
};
var (bot, endpoint) = ChildProcessBot.Start(root, Path.Combine(work, "fuzz.db"), settings, log.See);
await using (bot)
{
    using var run = new FuzzRun(endpoint);
    var cases = new FuzzCases(connector.ServiceUrl, deadServiceUrl);
    Console.WriteLine($"Fuzz: {requests} hostile requests ({cases.Kinds.Count} kinds) at concurrency {Concurrency} against the bot as a");
    Console.WriteLine($"child process (developer mode), after {warmup} ordinary questions; then {restSeconds} s of rest. Load {Machine.LoadAverage()}.");

    await WaitUntilAnsweringAsync(run, cases, connector, bot);
    var warm = await run.RunAsync(cases.Valid, warmup, Concurrency);
    await Task.Delay(TimeSpan.FromSeconds(5));
    var afterWarmup = bot.Memory().Rss;
    Console.WriteLine($"   warm-up: {warm.Total} questions, {connector.Replies} replies so far; RSS {afterWarmup:0} MB");

    var started = Stopwatch.GetTimestamp();
    var warningsBefore = log.Warnings;
    var tally = await run.RunAsync(cases.Next, requests, Concurrency, firstIndex: warmup);
    var fuzzSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    var afterFuzz = bot.Memory();
    Console.WriteLine($"   fuzz: {tally.Total} requests in {fuzzSeconds:0} s ({tally.Total / fuzzSeconds:0}/s); RSS {afterFuzz.Rss:0} MB (peak {afterFuzz.Peak:0} MB)");
    foreach (var (kind, statuses) in tally.ByKind())
    {
        Console.WriteLine($"     {kind,-32} {statuses}");
    }

    await Task.Delay(TimeSpan.FromSeconds(restSeconds));
    var afterRest = bot.Memory().Rss;
    var warnings = log.Warnings - warningsBefore;
    var minutes = (fuzzSeconds + restSeconds) / 60;
    Console.WriteLine($"   after {restSeconds} s of rest: RSS {afterRest:0} MB ({afterRest - afterWarmup:+0;-0} MB against warm-up)");
    Console.WriteLine($"   log: {log.Lines} lines; {warnings} warnings since warm-up ({warnings / minutes:0} a minute, at most " +
        $"{log.BusiestTenSecondsOfWarnings} in 10 s), {log.Errors} errors; {log.InjectedLines} injected lines" +
        (log.FirstInjected is { } first ? $", e.g. «{first}»" : ""));

    var serverErrors = tally.Count(s => s.StartsWith('5') && s != "501");
    var transportErrors = tally.Count(s => s == "error");
    Console.WriteLine();
    Console.WriteLine("Targets");
    Target("no 5xx answers (501 for unknown invokes is the protocol's)", serverErrors == 0, $"{serverErrors}");
    Target("no dropped connections or timeouts", transportErrors == 0, $"{transportErrors}");
    Target("no log line forged from user input, no raw control characters", log.InjectedLines == 0, $"{log.InjectedLines}");
    Target($"RSS after rest within {MemoryTargetMb:0} MB of after warm-up", afterRest - afterWarmup <= MemoryTargetMb,
        $"{afterWarmup:0} → {afterFuzz.Rss:0} → {afterRest:0} MB");
    Target("the bot is still running", !bot.HasExited, bot.HasExited ? "exited" : "running");
    Console.WriteLine($"   load average at the end: {Machine.LoadAverage()}" + (Machine.IsBusy() ? " (busy machine: figures are noisy)" : ""));
}

Directory.Delete(work, recursive: true);
return 0;

static void Target(string target, bool met, string figure) =>
    Console.WriteLine($"   {(met ? "met   " : "MISSED")}  {target,-66} {figure}");

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static async Task WaitUntilAnsweringAsync(FuzzRun run, FuzzCases cases, LoopbackConnector connector, ChildProcess bot)
{
    var deadline = Stopwatch.GetTimestamp() + 90 * Stopwatch.Frequency;
    while (connector.Replies == 0)
    {
        if (bot.HasExited || Stopwatch.GetTimestamp() > deadline)
        {
            throw new InvalidOperationException("The bot did not start answering:" + Environment.NewLine + bot.Tail());
        }

        await run.SendAsync(cases.Valid(0));
        await Task.Delay(250);
    }
}

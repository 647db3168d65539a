using Verkostot.Bench.Fakes;
using Verkostot.Bench.Questions;
using Verkostot.Bench.Reporting;
using Verkostot.Bench.Targets;

namespace Verkostot.Bench.Comparison;

/// <summary>
/// Like with like (issue 13, item 6): the floor (a bare ASP.NET Core endpoint), the botbuilder-js 4.23.3 echo bot and
/// our bot, each a child process in developer mode alone on the machine in turn, under the same load: personal
/// conversations in turn over a fixed number of connections, a warm-up, then a measured window. Replies are counted at
/// the loopback connector, typing indicators excluded; our app-wide Teams permit limit is raised for the run. The echo
/// bot and our greeting are measured in alternating rounds and compared by the median.
/// </summary>
internal static class ComparisonSection
{
    public const int Conversations = 2_000;
    private const double RatioTarget = 3;
    private const double P99TargetMs = 20;
    private const double MemoryTargetMb = 200;

    public static async Task RunAsync(string root, string work, BenchOptions options, List<(string, bool, string)> targets)
    {
        Console.WriteLine();
        Console.WriteLine("C. Like with like: floor, botbuilder-js echo and Verkostot.Bot as child processes in developer mode");
        Console.WriteLine($"   {Conversations} personal conversations in turn, {options.Concurrency} connections, {options.WarmupSeconds} s warm-up, " +
            $"then {options.Seconds} s measured; replies (typing excluded) counted at the loopback connector.");
        if (!File.Exists(ChildProcessBot.Dll(root)))
        {
            Console.WriteLine("   " + ChildProcessBot.Missing);
            return;
        }
        await using var connector = await LoopbackConnector.StartAsync();
        using var load = new TimedLoad(connector, options.Concurrency, Conversations);
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var window = TimeSpan.FromSeconds(options.Seconds);
        Console.WriteLine($"   The echo bot and our greeting run {options.Rounds} round(s), alternately, each in a fresh process; " +
            "the targets take the median of the rounds.");
        var floor = options.OursOnly ? null : await FloorAsync(root, load, warmup, window);
        if (options.OursOnly)
        {
            Console.WriteLine("   --ours-only: the floor and the echo bot are not run.");
        }

        var echoRounds = new List<ComparisonResult>();
        var oursRounds = new List<ComparisonResult>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            if (options.Rounds > 1)
            {
                Console.WriteLine($"   round {round} of {options.Rounds}");
            }
            if (!options.OursOnly && await EchoAsync(root, load, warmup, window) is { } echo)
            {
                echoRounds.Add(echo);
            }
            oursRounds.Add(await OursAsync(root, work, "greeting", load, "Verkostot.Bot, \"moi\" (greeting card)", ["moi"], warmup, window));
        }
        await OursAsync(root, work, "questions", load, "Verkostot.Bot, 20 real questions", BenchQuestions.RequestPath, warmup, window);

        var oursRps = Median(oursRounds.Select(r => r.RepliesPerSecond));
        var p99 = Median(oursRounds.Select(r => r.Post.P99));
        var rss = Median(oursRounds.Select(r => r.RssMb));
        if (echoRounds.Count > 0)
        {
            var ratios = oursRounds.Zip(echoRounds, (o, e) => o.RepliesPerSecond / e.RepliesPerSecond).ToList();
            var ratio = Median(ratios);
            Console.WriteLine($"   ours / echo per round: {string.Join(", ", ratios.Select(r => $"{r:0.00}×"))}; median {ratio:0.00}×" +
                (floor is null ? "" :
                $"; floor / echo: {floor.RepliesPerSecond / Median(echoRounds.Select(r => r.RepliesPerSecond)):0.00}×; ours / floor: {oursRps / floor.RepliesPerSecond:0.00}×"));
            targets.Add(($"replies/s ≥ {RatioTarget}× botbuilder-js echo (like with like, median of {ratios.Count})", ratio >= RatioTarget, $"{ratio:0.00}×"));
        }
        targets.Add(($"POST p99 ≤ {P99TargetMs} ms (like with like, median of {oursRounds.Count})", p99 <= P99TargetMs, $"{p99:0.0} ms"));
        targets.Add(($"RSS after the run ≤ {MemoryTargetMb} MB (like with like, median of {oursRounds.Count})", rss <= MemoryTargetMb, $"{rss:0} MB"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static async Task<ComparisonResult?> FloorAsync(string root, TimedLoad load, TimeSpan warmup, TimeSpan window)
    {
        if (!File.Exists(FloorEndpoint.Dll(root)))
        {
            Console.WriteLine("   floor not published to artifacts/floor (scripts/bench.sh does).");
            return null;
        }
        var (floor, endpoint) = await FloorEndpoint.StartAsync(root);
        await using (floor)
        {
            await load.WaitUntilAnsweringAsync(endpoint, BenchSettings.AppId, () => floor.HasExited, TimeSpan.FromSeconds(60));
            return Print(await load.RunAsync("floor: bare ASP.NET Core endpoint", endpoint, BenchSettings.AppId, ["moi"],
                warmup, window, floor));
        }
    }

    private static async Task<ComparisonResult?> EchoAsync(string root, TimedLoad load, TimeSpan warmup, TimeSpan window)
    {
        if (!BotbuilderEchoBot.IsInstalled(root))
        {
            Console.WriteLine("   botbuilder-js echo bot not installed: run `npm ci` in bench/botbuilder-echo (scripts/bench.sh does).");
            return null;
        }
        var (echo, endpoint) = await BotbuilderEchoBot.StartAsync(root, openIdMetadataUrl: null);
        await using (echo)
        {
            await load.WaitUntilAnsweringAsync(endpoint, BenchSettings.AppId, () => echo.HasExited, TimeSpan.FromSeconds(60));
            return Print(await load.RunAsync("botbuilder-js 4.23.3 echo", endpoint, BenchSettings.AppId, ["moi"],
                warmup, window, echo));
        }
    }

    private static async Task<ComparisonResult> OursAsync(string root, string work, string name, TimedLoad load, string title,
        IReadOnlyList<string> texts, TimeSpan warmup, TimeSpan window)
    {
        var (bot, endpoint) = ChildProcessBot.Start(root, Path.Combine(work, $"comparison-{name}.db"));
        await using (bot)
        {
            await load.WaitUntilAnsweringAsync(endpoint, "verkostot-bot", () => bot.HasExited, TimeSpan.FromSeconds(90));
            return Print(await load.RunAsync(title, endpoint, "verkostot-bot", texts, warmup, window, bot));
        }
    }

    private static ComparisonResult Print(ComparisonResult r)
    {
        Console.WriteLine($"   {r.Name}");
        Console.WriteLine($"     {r.RepliesPerSecond,6:0} replies/s   POST {r.PostsPerSecond:0}/s p50 {r.Post.P50:0.0} p99 {r.Post.P99:0.0} max {r.Post.Max:0} ms" +
            $"   failures {r.Failures}   typing {r.Typing}   backlog at the end {r.Backlog}   RSS after {r.RssMb:0} MB   CPU {r.CpuMsPerReply:0.00} ms/reply" +
            (double.IsNaN(r.AllocatedKbPerReply) ? "" : $"   allocated {r.AllocatedKbPerReply:0.0} KB/reply"));
        Console.WriteLine($"     load average (uptime) before {r.LoadBefore}, after {r.LoadAfter}");
        return r;
    }
}

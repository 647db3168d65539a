using System.Globalization;

namespace Verkostot.Bench;

/// <summary>How much load each run gets. Defaults keep the whole bench near two or three minutes on two cores.</summary>
/// <param name="SqliteWal">
/// Diagnostic, off by default: create the in-process bot's SQLite file in WAL mode before it starts, to see how much
/// of the request path is the rollback journal's write locking. The figures then describe a bot that does not ship.
/// </param>
/// <param name="SkipReferenceWrite">
/// Diagnostic, off by default: the in-process bot's conversation-reference upsert becomes a no-op, to show what the
/// request path costs without its per-activity database write. Not a configuration the bot can ship with.
/// </param>
/// <param name="Seconds">The like-for-like comparison's measured window.</param>
/// <param name="WarmupSeconds">
/// The like-for-like comparison's warm-up, before the window; the same for every target. 30 s: with 5 s the .NET
/// targets were still tiering up in the window (our bot's JIT compiled about 8 000 methods between 5 s and 20 s after
/// its first answer and a thousand more up to 40 s, its tier-up thread 14–20 % of the window's CPU), so the window
/// measured start-up rather than the steady state a bot runs in.
/// </param>
/// <param name="Rounds">
/// How many times the echo bot and our greeting run are measured, alternately, each in a fresh process; the ratio is
/// the median of the rounds'. One round's ratio moved between 2.1× and 3.0× for the same code on a shared two-core
/// machine (the echo bot's CPU per reply alone between 0.62 and 0.90 ms), so one round says little.
/// </param>
/// <param name="ComparisonOnly">Run only the like-for-like comparison (section C).</param>
/// <param name="OursOnly">In the comparison, measure only our bot (while profiling it), one round unless --rounds says otherwise.</param>
/// <param name="AnsweringOnly">Only the in-process question answering (section 1), in seconds rather than minutes.</param>
public sealed record BenchOptions(int Requests, int Warmup, int Concurrency, int MemoryRequests, int AnswerRounds,
    bool SqliteWal = false, bool SkipReferenceWrite = false, int Seconds = 20, int WarmupSeconds = 30, int Rounds = 3, bool ComparisonOnly = false,
    bool OursOnly = false, bool AnsweringOnly = false)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions(Requests: 3000, Warmup: 300, Concurrency: 16, MemoryRequests: 10_000, AnswerRounds: 20);
        var values = new List<string>();
        foreach (var arg in args)
        {
            if (arg == "--sqlite-wal")
            {
                o = o with { SqliteWal = true };
            }
            else if (arg == "--comparison-only")
            {
                o = o with { ComparisonOnly = true };
            }
            else if (arg == "--ours-only")
            {
                o = o with { ComparisonOnly = true, OursOnly = true, Rounds = 1 };
            }
            else if (arg == "--skip-reference-write")
            {
                o = o with { SkipReferenceWrite = true };
            }
            else if (arg == "--answering-only")
            {
                o = o with { AnsweringOnly = true };
            }
            else
            {
                values.Add(arg);
            }
        }
        args = [.. values];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--requests" => o with { Requests = value },
                "--warmup" => o with { Warmup = value },
                "--concurrency" => o with { Concurrency = value },
                "--memory-requests" => o with { MemoryRequests = value },
                "--answer-rounds" => o with { AnswerRounds = value },
                "--seconds" => o with { Seconds = value },
                "--warmup-seconds" => o with { WarmupSeconds = value },
                "--rounds" => o with { Rounds = Math.Max(1, value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --requests --warmup --concurrency --memory-requests --answer-rounds --seconds --warmup-seconds --rounds (numbers), --comparison-only, --ours-only, --sqlite-wal, --skip-reference-write, --answering-only"),
            };
        }
        return o;
    }
}

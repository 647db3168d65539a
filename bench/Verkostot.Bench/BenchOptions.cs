using System.Globalization;

namespace Verkostot.Bench;

/// <summary>How much load each run gets. Defaults keep the whole bench near two minutes on two cores.</summary>
public sealed record BenchOptions(int Requests, int Warmup, int Concurrency, int MemoryRequests, int AnswerRounds)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions(Requests: 5000, Warmup: 500, Concurrency: 16, MemoryRequests: 10_000, AnswerRounds: 20);
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
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --requests --warmup --concurrency --memory-requests --answer-rounds"),
            };
        }
        return o;
    }
}

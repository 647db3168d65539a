using Verkostot.Bench.Load;

namespace Verkostot.Bench.Questions;

/// <summary>What the held-out set showed: how many answers were right, and the in-process answer latency over it.</summary>
public sealed record HeldOutResult(int Questions, int Right, Latencies Latency, Latencies PerQuestion, IReadOnlyList<string> Misses)
{
    public double RightPercent => Questions == 0 ? 0 : 100.0 * Right / Questions;
}

namespace Verkostot.Bench.Load;

/// <summary>One measured load run: requests answered, how fast, and what went wrong.</summary>
/// <param name="Acknowledged">Time until the POST's response (for our bot: the 200 before the answer; for botbuilder-js: after it).</param>
public sealed record LoadResult(string Name, int Requests, int Failures, TimeSpan Elapsed, Latencies Latency, Latencies Acknowledged, double AverageReplyBytes)
{
    public double RequestsPerSecond => (Requests - Failures) / Elapsed.TotalSeconds;
}

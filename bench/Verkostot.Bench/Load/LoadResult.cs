namespace Verkostot.Bench.Load;

/// <summary>One measured load run: requests answered, how fast, and what went wrong.</summary>
public sealed record LoadResult(string Name, int Requests, int Failures, TimeSpan Elapsed, Latencies Latency, double AverageReplyBytes)
{
    public double RequestsPerSecond => (Requests - Failures) / Elapsed.TotalSeconds;
}

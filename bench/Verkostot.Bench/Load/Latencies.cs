namespace Verkostot.Bench.Load;

/// <summary>Latency figures in milliseconds (nearest-rank percentiles).</summary>
public sealed record Latencies(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static Latencies Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new Latencies(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = milliseconds.Order().ToArray();
        return new Latencies(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.90), Rank(sorted, 0.99), sorted[^1], sorted.Average());
    }

    /// <summary>
    /// Each question's median over the rounds, then the percentiles across questions: "p99 per question", which a
    /// busy machine's preemptions (a thread descheduled in one round) do not decide the way they decide single samples.
    /// </summary>
    public static Latencies PerQuestion(IReadOnlyList<List<double>> roundsByQuestion) =>
        Of([.. roundsByQuestion.Where(r => r.Count > 0).Select(r => Rank([.. r.Order()], 0.50))]);

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() =>
        $"p50 {P50,6:0.00} ms  p90 {P90,6:0.00} ms  p99 {P99,6:0.00} ms  max {Max,7:0.00} ms";
}

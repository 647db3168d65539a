namespace Verkostot.Bench.Inbound;

/// <summary>Nearest-rank percentiles of a sample, in milliseconds.</summary>
internal sealed class Percentiles(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double this[double percent] => _sorted.Length == 0 ? double.NaN : _sorted[Math.Max(0, (int)Math.Ceiling(percent / 100 * _sorted.Length) - 1)];

    public override string ToString() => $"p50 {this[50]:0.0} ms, p95 {this[95]:0.0} ms, p99 {this[99]:0.0} ms, max {this[100]:0.0} ms";
}

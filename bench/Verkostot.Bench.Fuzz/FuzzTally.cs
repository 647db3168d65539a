using System.Collections.Concurrent;

namespace Verkostot.Bench.Fuzz;

/// <summary>How many requests of each kind got each status.</summary>
public sealed class FuzzTally
{
    private readonly ConcurrentDictionary<(string Kind, string Status), int> _counts = new();

    public void Add(string kind, string status) => _counts.AddOrUpdate((kind, status), 1, (_, n) => n + 1);

    public int Total => _counts.Values.Sum();

    public int Count(Func<string, bool> status) => _counts.Where(c => status(c.Key.Status)).Sum(c => c.Value);

    public IEnumerable<(string Kind, string Statuses)> ByKind() =>
        _counts.GroupBy(c => c.Key.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join(", ", g.OrderBy(c => c.Key.Status, StringComparer.Ordinal).Select(c => $"{c.Key.Status}×{c.Value}"))));
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Verkostot.Bot.Protocol.Scheduling;

namespace Verkostot.Bench.Inbound;

/// <summary>Listens to the bot's own inbox metrics: how many arrivals each group commit carried and how long it took.</summary>
internal sealed class InboxCommits : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<int> _arrivals = new();
    private readonly ConcurrentQueue<double> _durations = new();

    public InboxCommits()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == InboundMetrics.MeterName && instrument.Name.StartsWith("verkostot.inbox.commit", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => _arrivals.Enqueue(value));
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _durations.Enqueue(value));
        _listener.Start();
    }

    /// <summary>Commits since the last call that stored at least one arrival: (commits, arrivals per commit, durations).</summary>
    public (int Commits, double ArrivalsPerCommit, Percentiles Durations) Take()
    {
        var arrivals = Drain(_arrivals);
        var durations = Drain(_durations);
        var storing = arrivals.Zip(durations).Where(p => p.First > 0).ToList();
        return (storing.Count, storing.Count == 0 ? 0 : storing.Average(p => p.First), new Percentiles(storing.Select(p => p.Second)));
    }

    private static List<T> Drain<T>(ConcurrentQueue<T> queue)
    {
        var items = new List<T>();
        while (queue.TryDequeue(out var item))
        {
            items.Add(item);
        }
        return items;
    }

    public void Dispose() => _listener.Dispose();
}

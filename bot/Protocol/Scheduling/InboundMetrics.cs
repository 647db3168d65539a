using System.Diagnostics.Metrics;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// The inbound pipeline's figures (meter "Verkostot.Inbound", exported with OpenTelemetry): how many arrivals each
/// inbox commit carried and how long it took, repeated deliveries, and what floods and deadlines cost.
/// </summary>
public sealed class InboundMetrics
{
    public const string MeterName = "Verkostot.Inbound";

    private readonly Histogram<int> _commitArrivals;
    private readonly Histogram<double> _commitDuration;
    private readonly Counter<long> _repeated;
    private readonly Counter<long> _lost;

    public InboundMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _commitArrivals = meter.CreateHistogram<int>("verkostot.inbox.commit.arrivals", "{activity}", "Activities stored by one inbox commit");
        _commitDuration = meter.CreateHistogram<double>("verkostot.inbox.commit.duration", "ms", "Time of one inbox commit");
        _repeated = meter.CreateCounter<long>("verkostot.inbound.repeated", "{activity}", "Deliveries of an activity already stored");
        _lost = meter.CreateCounter<long>("verkostot.inbound.lost", "{item}", "Activities or replies dropped by a flood or a deadline");
    }

    public void Committed(int arrivals, TimeSpan duration)
    {
        _commitArrivals.Record(arrivals);
        _commitDuration.Record(duration.TotalMilliseconds);
    }

    public void Repeated() => _repeated.Add(1);

    /// <param name="reason">"flood", "reply-flood", "late" or "late-reply".</param>
    public void Lost(string reason) => _lost.Add(1, new KeyValuePair<string, object?>("reason", reason));
}

using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Verkostot.Bench.Reporting;

/// <summary>
/// Bytes a child .NET process allocates, read over its diagnostics port from the runtime's "alloc-rate" counter
/// (published once a second): like CPU time, what a reply costs however busy the machine is. Reads to within one
/// counter interval at each edge of a window.
/// </summary>
public sealed class AllocationMeter : IDisposable
{
    private readonly EventPipeSession _session;
    private readonly Task _reading;
    private long _allocated;

    private AllocationMeter(EventPipeSession session)
    {
        _session = session;
        _reading = Task.Run(Read);
    }

    /// <summary>Bytes allocated since the meter started (as of the last counter interval).</summary>
    public long Allocated => Interlocked.Read(ref _allocated);

    /// <summary>Starts reading the process's counters; null when it has no diagnostics port (not .NET, or disabled).</summary>
    public static AllocationMeter? TryStart(int processId)
    {
        try
        {
            var session = new DiagnosticsClient(processId).StartEventPipeSession(
                new EventPipeProvider("System.Runtime", EventLevel.Informational, 0,
                    new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" }),
                requestRundown: false);
            return new AllocationMeter(session);
        }
        catch (Exception ex) when (ex is ServerNotAvailableException or DiagnosticsClientException or UnsupportedCommandException)
        {
            return null;
        }
    }

    private void Read()
    {
        using var source = new EventPipeEventSource(_session.EventStream);
        source.Dynamic.All += e =>
        {
            if (e.EventName == "EventCounters"
                && e.PayloadValue(0) is IDictionary<string, object> outer
                && outer.TryGetValue("Payload", out var inner) && inner is IDictionary<string, object> counter
                && counter.TryGetValue("Name", out var name) && (string)name == "alloc-rate"
                && counter.TryGetValue("Increment", out var increment))
            {
                Interlocked.Add(ref _allocated, (long)Convert.ToDouble(increment, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        try
        {
            source.Process();
        }
        catch (Exception)
        {
            // The process exited or the session was stopped: the figures read so far stand.
        }
    }

    public void Dispose()
    {
        try
        {
            _session.Stop();
        }
        catch (Exception)
        {
            // Already gone with its process.
        }
        _reading.Wait(TimeSpan.FromSeconds(5));
        _session.Dispose();
    }
}

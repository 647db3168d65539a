using System.Diagnostics;

namespace Verkostot.Bench.Fuzz;

/// <summary>
/// Reads the bot's console as it is written: counts warning and error lines (overall and in the busiest 10 seconds),
/// and lines that show log injection — a line that starts with text from user input, or raw control characters.
/// </summary>
public sealed class LogWatch
{
    private readonly object _gate = new();
    private readonly Dictionary<long, int> _warningsPer10s = [];
    private readonly List<string> _injected = [];
    private long _lines;
    private long _warnings;
    private long _errors;

    public long Lines => Interlocked.Read(ref _lines);
    public long Warnings => Interlocked.Read(ref _warnings);
    public long Errors => Interlocked.Read(ref _errors);

    public int InjectedLines
    {
        get { lock (_gate) { return _injected.Count; } }
    }

    public string? FirstInjected
    {
        get { lock (_gate) { return _injected.FirstOrDefault(); } }
    }

    public int BusiestTenSecondsOfWarnings
    {
        get { lock (_gate) { return _warningsPer10s.Count == 0 ? 0 : _warningsPer10s.Values.Max(); } }
    }

    public void See(string line)
    {
        Interlocked.Increment(ref _lines);
        var warning = line.StartsWith("warn:", StringComparison.Ordinal);
        if (warning)
        {
            Interlocked.Increment(ref _warnings);
            lock (_gate)
            {
                var slot = Stopwatch.GetTimestamp() / (10 * Stopwatch.Frequency);
                _warningsPer10s[slot] = _warningsPer10s.GetValueOrDefault(slot) + 1;
            }
        }
        else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errors);
        }

        if (line.TrimStart().StartsWith(FuzzCases.ForgedLogLine, StringComparison.Ordinal) || line.Any(IsRawControl))
        {
            lock (_gate)
            {
                _injected.Add(line.Length > 160 ? line[..160] + "…" : line);
            }
        }
    }

    // Tabs are the only control character a log line may carry as it is; the line breaks were split on already.
    private static bool IsRawControl(char c) =>
        (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029';
}

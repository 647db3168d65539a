using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;

namespace Verkostot.Bot.Logging;

/// <summary>
/// Rate-limits repeated warnings and errors: of each kind of entry (category and event) at most
/// <see cref="Burst"/> are written per <see cref="Window"/>; the rest are counted and summed up in one line when the
/// window ends. One dead conversation retrying, or a flood of forged requests, then costs a few lines a minute
/// instead of thousands. Information and below, and critical entries, are never dropped.
/// </summary>
public sealed partial class RepeatedLogSampler : LoggingSampler, IDisposable
{
    public const int Burst = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Kinds come from code (categories and event ids), not from input; the cap is only a backstop.
    private const int MaxKinds = 4096;
    private const string SummaryCategory = "Verkostot.Bot.Logging.RepeatedLogSampler";

    private readonly ConcurrentDictionary<Kind, Counter> _counters = new();
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly ITimer _flush;
    private ILogger? _summary;

    public RepeatedLogSampler(IServiceProvider services, TimeProvider time)
    {
        _services = services;
        _time = time;
        _flush = time.CreateTimer(_ => FlushQuietKinds(), null, Window, Window);
    }

    public override bool ShouldSample<TState>(in LogEntry<TState> logEntry)
    {
        if (logEntry.LogLevel is < LogLevel.Warning or LogLevel.Critical
            || logEntry.Category == SummaryCategory
            || (_counters.Count >= MaxKinds && !_counters.ContainsKey(KindOf(logEntry))))
        {
            return true;
        }

        var kind = KindOf(logEntry);
        var counter = _counters.GetOrAdd(kind, _ => new Counter(_time.GetUtcNow()));
        var (allowed, ended) = counter.Take(_time.GetUtcNow());
        Report(kind, ended);
        return allowed;
    }

    public void Dispose() => _flush.Dispose();

    private static Kind KindOf<TState>(in LogEntry<TState> entry) =>
        new(entry.Category, entry.EventId.Id, entry.EventId.Name, entry.LogLevel);

    private void FlushQuietKinds()
    {
        var now = _time.GetUtcNow();
        foreach (var (kind, counter) in _counters)
        {
            Report(kind, counter.EndIfOver(now));
        }
    }

    private void Report(Kind kind, int suppressed)
    {
        if (suppressed > 0)
        {
            _summary ??= _services.GetRequiredService<ILoggerFactory>().CreateLogger(SummaryCategory);
            LogSuppressed(_summary, suppressed, kind.Level.ToString(), kind.Category, kind.EventId, kind.EventName ?? "", Window);
        }
    }

    [LoggerMessage(EventId = 1900, Level = LogLevel.Warning,
        Message = "{Count} more {EntryLevel} entries of {Category}[{EventId}] {EventName} were not written in the last {Window}")]
    private static partial void LogSuppressed(
        ILogger logger, int count, string entryLevel, string category, int eventId, string eventName, TimeSpan window);

    private readonly record struct Kind(string Category, int EventId, string? EventName, LogLevel Level);

    private sealed class Counter(DateTimeOffset start)
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _windowStart = start;
        private int _written;
        private int _suppressed;

        /// <summary>Whether this entry may be written, and how many were suppressed in a window that just ended.</summary>
        public (bool Allowed, int Ended) Take(DateTimeOffset now)
        {
            lock (_gate)
            {
                var ended = EndIfOverLocked(now);
                if (_written < Burst)
                {
                    _written++;
                    return (true, ended);
                }

                _suppressed++;
                return (false, ended);
            }
        }

        public int EndIfOver(DateTimeOffset now)
        {
            lock (_gate)
            {
                return EndIfOverLocked(now);
            }
        }

        private int EndIfOverLocked(DateTimeOffset now)
        {
            if (now - _windowStart < Window)
            {
                return 0;
            }

            var ended = _suppressed;
            _windowStart = now;
            _written = 0;
            _suppressed = 0;
            return ended;
        }
    }
}

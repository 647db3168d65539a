using System.Collections.Concurrent;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Teams' per-conversation limits (7 operations in a second, 60 in 30 seconds) kept as a log of each conversation's
/// recent sends: a send may go when fewer than the limit went out within the window before it; otherwise it waits
/// until the oldest of those leaves the window. A quiet conversation costs nothing: the rate-limiting library's
/// replenishing limiters need a timer each, ticking every segment (measured 4 000 timers and 40 000 ticks a second
/// for 2 000 conversations), where this keeps a few timestamps, and forgets a conversation once its longest window
/// has passed.
/// </summary>
internal sealed class ConversationSendWindows
{
    private readonly ConcurrentDictionary<string, SendLog> _logs = new(StringComparer.Ordinal);
    private readonly (int Permits, TimeSpan Window)[] _limits;
    private readonly TimeSpan _longest;
    private readonly object _sweepGate = new();
    private TimeSpan _nextSweep;

    /// <param name="limits">Each limit: at most this many sends within this window.</param>
    public ConversationSendWindows(params (int Permits, TimeSpan Window)[] limits)
    {
        _limits = limits;
        _longest = limits.Max(l => l.Window);
    }

    /// <summary>Conversations with a send inside their longest window (or not yet swept away).</summary>
    public int Tracked => _logs.Count;

    /// <summary>
    /// Takes a slot for a send in <paramref name="conversationId"/> at <paramref name="now"/> (time on any steady
    /// clock) and returns zero; or takes nothing and returns how long to wait before asking again.
    /// </summary>
    public TimeSpan TryTake(string conversationId, TimeSpan now)
    {
        SweepIfDue(now);
        while (true)
        {
            var log = _logs.GetOrAdd(conversationId, static _ => new SendLog());
            if (log.TryTake(now, _limits, _longest) is { } wait)
            {
                return wait;
            }
            // Swept away between the look-up and the take: the next look-up makes a fresh one.
        }
    }

    private void SweepIfDue(TimeSpan now)
    {
        if (now < _nextSweep || !Monitor.TryEnter(_sweepGate))
        {
            return;
        }
        try
        {
            if (now < _nextSweep)
            {
                return;
            }
            _nextSweep = now + _longest;
            foreach (var (id, log) in _logs)
            {
                if (log.TryRetire(now, _longest))
                {
                    _logs.TryRemove(new KeyValuePair<string, SendLog>(id, log));
                }
            }
        }
        finally
        {
            Monitor.Exit(_sweepGate);
        }
    }

    /// <summary>One conversation's send times within its longest window, oldest first (a growing ring).</summary>
    private sealed class SendLog
    {
        private readonly Lock _gate = new();
        private TimeSpan[] _sent = new TimeSpan[4];
        private int _first;
        private int _count;
        private bool _retired;

        /// <summary>Zero when the send was recorded; the wait otherwise; null when this log was swept away.</summary>
        public TimeSpan? TryTake(TimeSpan now, (int Permits, TimeSpan Window)[] limits, TimeSpan longest)
        {
            lock (_gate)
            {
                if (_retired)
                {
                    return null;
                }
                DropOlderThan(now - longest);
                var wait = TimeSpan.Zero;
                foreach (var (permits, window) in limits)
                {
                    // The permits-th latest send must have left the window before another may go.
                    if (_count >= permits && At(_count - permits) + window - now is var left && left > wait)
                    {
                        wait = left;
                    }
                }
                if (wait == TimeSpan.Zero)
                {
                    Add(now);
                }
                return wait;
            }
        }

        /// <summary>True (and the log is closed) when no send of it is inside the longest window any more.</summary>
        public bool TryRetire(TimeSpan now, TimeSpan longest)
        {
            lock (_gate)
            {
                DropOlderThan(now - longest);
                _retired = _count == 0;
                return _retired;
            }
        }

        private TimeSpan At(int index) => _sent[(_first + index) % _sent.Length];

        private void DropOlderThan(TimeSpan cutoff)
        {
            while (_count > 0 && _sent[_first] <= cutoff)
            {
                _first = (_first + 1) % _sent.Length;
                _count--;
            }
        }

        private void Add(TimeSpan at)
        {
            if (_count == _sent.Length)
            {
                var grown = new TimeSpan[_sent.Length * 2];
                for (var i = 0; i < _count; i++)
                {
                    grown[i] = At(i);
                }
                _sent = grown;
                _first = 0;
            }
            _sent[(_first + _count) % _sent.Length] = at;
            _count++;
        }
    }
}

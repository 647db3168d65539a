using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Keeps the bot inside Teams' limits before Teams has to answer 429: per conversation 7 operations a second and
/// 60 in 30 seconds, and a ceiling for the whole app. A send waits for its permit rather than being dropped.
/// One instance per process; instances do not coordinate, and Teams' 429s cover what they miss.
/// </summary>
public sealed class TeamsRateLimiter : IAsyncDisposable
{
    // A window one segment longer than Teams': a permit taken late in a segment would otherwise come back a little
    // under a full window later, and Teams, counting each request's own time, answered those with 429.
    private static readonly TimeSpan AppSegment = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan SecondMargin = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan ThirtySecondMargin = TimeSpan.FromSeconds(1);

    private readonly ConversationSendWindows _conversations;
    private readonly SlidingWindowRateLimiter _app;
    private readonly TimeProvider _time;

    // Teams counts in real time: the limits keep the system clock even where the rest of the bot runs on a test's clock.
    public TeamsRateLimiter(IOptions<ConnectorOptions> options)
    {
        var o = options.Value;
        _time = TimeProvider.System;
        _conversations = new ConversationSendWindows(
            (o.ConversationPermitsPerSecond, TimeSpan.FromSeconds(1) + SecondMargin),
            (o.ConversationPermitsPer30Seconds, TimeSpan.FromSeconds(30) + ThirtySecondMargin));
        // One limiter for the app: its own replenishment timer (the shared 100 ms tick of a partitioned limiter
        // skipped segments whenever it came early: measured 22 permits a second where 30 were allowed).
        var window = TimeSpan.FromSeconds(1) + AppSegment;
        _app = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = o.AppPermitsPerSecond,
            Window = window,
            SegmentsPerWindow = (int)(window / AppSegment),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Conversations whose recent sends are remembered (for tests: quiet ones are forgotten).</summary>
    internal int TrackedConversations => _conversations.Tracked;

    /// <summary>
    /// Waits until a call in <paramref name="conversationId"/> may go out: first its conversation's windows (no
    /// conversation: calls that create one count only against the app), then the app's.
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(conversationId))
        {
            await WaitForConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }
        var lease = await _app.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // Only reachable if the queue were bounded; it is not, so this signals a broken invariant.
            lease.Dispose();
            throw new InvalidOperationException("The Teams rate limiter refused a permit instead of queueing.");
        }

        return lease;
    }

    private async Task WaitForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (_conversations.TryTake(conversationId, Now()) is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    // The steady clock (not the wall clock, which can jump), as time since its zero.
    private TimeSpan Now() => _time.GetElapsedTime(0, _time.GetTimestamp());

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

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
    /// <summary>Key for calls that belong to no conversation yet (creating one): only the app-wide limit applies.</summary>
    private const string NoConversation = "";

    private readonly PartitionedRateLimiter<string> _limiter;

    public TeamsRateLimiter(IOptions<ConnectorOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PerConversation(o.ConversationPermitsPerSecond, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50)),
            PerConversation(o.ConversationPermitsPer30Seconds, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1)),
            PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.Get("app", _ =>
                new SlidingWindowRateLimiter(Window(o.AppPermitsPerSecond, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50))))));
    }

    /// <summary>Waits until a call in <paramref name="conversationId"/> may go out.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(conversationId ?? NoConversation, 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // Only reachable if the queue were bounded; it is not, so this signals a broken invariant.
            lease.Dispose();
            throw new InvalidOperationException("The Teams rate limiter refused a permit instead of queueing.");
        }

        return lease;
    }

    private static PartitionedRateLimiter<string> PerConversation(int permits, TimeSpan window, TimeSpan segment) =>
        PartitionedRateLimiter.Create<string, string>(key => key == NoConversation
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.Get(key, _ => new SlidingWindowRateLimiter(Window(permits, window, segment))));

    // Each window replenishes on its own timer. Left to the partitioned limiter's shared 100 ms tick, segments of
    // 100 ms were skipped whenever the tick came early: measured 22 permits a second where 30 were allowed.
    // Idle partitions (conversations done with) are disposed by the partitioned limiter, timer and all.
    // The window is one segment longer than Teams': a permit taken late in a segment would otherwise come back a
    // little under a full window later, and Teams, counting each request's own time, answered those with 429.
    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window, TimeSpan segment) => new()
    {
        PermitLimit = permits,
        Window = window + segment,
        SegmentsPerWindow = (int)((window + segment) / segment),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}

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
            PerConversation(o.ConversationPermitsPerSecond, TimeSpan.FromSeconds(1), segments: 10),
            PerConversation(o.ConversationPermitsPer30Seconds, TimeSpan.FromSeconds(30), segments: 30),
            PartitionedRateLimiter.Create<string, string>(_ =>
                RateLimitPartition.GetSlidingWindowLimiter("app", _ => Window(o.AppPermitsPerSecond, TimeSpan.FromSeconds(1), 10))));
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

    private static PartitionedRateLimiter<string> PerConversation(int permits, TimeSpan window, int segments) =>
        PartitionedRateLimiter.Create<string, string>(key => key == NoConversation
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(permits, window, segments)));

    // The partitioned limiter replenishes its partitions from one shared timer, so none has its own.
    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window, int segments) => new()
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = segments,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = false,
    };

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}

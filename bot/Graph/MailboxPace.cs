using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Graph;

/// <summary>
/// Keeps the bot inside Exchange Online's limits before Graph has to answer 429: per mailbox 10 000 requests in 10
/// minutes (every call on it), and 30 messages a minute sent from it. A call waits for its permit rather than being
/// dropped. One instance per process; instances do not coordinate, and Graph's 429s (with Retry-After, honoured by
/// the SDK's retry handler) cover what they miss.
/// </summary>
public sealed class MailboxPace(IOptions<GraphOptions> options) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RateLimiter> _requests = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RateLimiter> _messages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until a request on <paramref name="mailbox"/> may go out.</summary>
    public ValueTask<RateLimitLease> RequestAsync(string mailbox, CancellationToken cancellationToken) =>
        AcquireAsync(_requests.GetOrAdd(mailbox, _ => Window(options.Value.MailboxRequestsPer10Minutes, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(10))),
            cancellationToken);

    /// <summary>Waits until <paramref name="mailbox"/> may send one more message (and make the request that sends it).</summary>
    public async ValueTask<RateLimitLease> MessageAsync(string mailbox, int perMinute, CancellationToken cancellationToken)
    {
        using var message = await AcquireAsync(_messages.GetOrAdd(mailbox, _ => Window(perMinute, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1))),
            cancellationToken);
        return await RequestAsync(mailbox, cancellationToken);
    }

    private static async ValueTask<RateLimitLease> AcquireAsync(RateLimiter limiter, CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The mailbox pace refused a permit instead of queueing.");
        }
        return lease;
    }

    // As in the Teams limiter: the window is one segment longer than Exchange's, because a permit taken late in a
    // segment would otherwise come back a little under a full window later, and Exchange counts each request's own time.
    private static SlidingWindowRateLimiter Window(int permits, TimeSpan window, TimeSpan segment) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = window + segment,
        SegmentsPerWindow = (int)((window + segment) / segment),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var limiter in _requests.Values.Concat(_messages.Values))
        {
            await limiter.DisposeAsync();
        }
    }
}

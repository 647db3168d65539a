using System.Threading.Channels;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// Activities accepted by /api/messages and waiting for their handler. The HTTP request returns as soon as an
/// activity is queued, so a slow answer never keeps the Bot Connector waiting (it times out after 15 seconds).
/// </summary>
public sealed class InboundActivityQueue
{
    private readonly Channel<QueuedActivity> _channel = Channel.CreateBounded<QueuedActivity>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(QueuedActivity item, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(item, cancellationToken);

    public ChannelReader<QueuedActivity> Reader => _channel.Reader;

    /// <summary>No more activities; the workers drain what is queued and stop.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}

/// <summary>An activity and the route that handles it (null: only its conversation reference is refreshed).</summary>
public sealed record QueuedActivity(Activity Activity, ActivityRoute? Route);

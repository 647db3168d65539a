using Verkostot.Bot.Connector;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// Sends one queued reply through the Bot Connector client, whose pipeline waits for Teams permits and retries
/// 429s (after their Retry-After) and transient failures with back-off. All of that is awaited in the conversation's
/// send loop, never on a worker; the reply's deadline cancels it, so that nothing is sent late. The first Teams permit
/// is waited for before the request is built: when the app's permits are spoken for, thousands of replies may wait,
/// and each then holds only itself, not a serialised request inside the connector's pipeline.
/// </summary>
public sealed partial class ReplySender(IServiceProvider services, TeamsRateLimiter limiter, TimeProvider time, ILogger<ReplySender> logger)
{
    // Typed clients are transient: taking a fresh one now and then lets the handler factory rotate connections
    // (its handlers live two minutes), without making a client per reply.
    private static readonly TimeSpan ClientLifetime = TimeSpan.FromMinutes(1);

    private readonly SendDeadlines _deadlines = new(time);
    private CachedClient? _connector;

    public async Task<SendOutcome> SendAsync(PendingReply reply, CancellationToken stopping)
    {
        var remaining = reply.Deadline - time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return reply.IsTyping ? SendOutcome.Failed : SendOutcome.Late;
        }

        var deadline = _deadlines.Rent(remaining, stopping);
        try
        {
            using var permit = await limiter.AcquireAsync(reply.ConversationId, deadline.Token);
            await Connector().SendWithPermitAsync(reply.ServiceUrl, reply.ConversationId, reply.ReplyToId, reply.Activity, permit,
                deadline.Token);
            return SendOutcome.Sent;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return SendOutcome.Stopped;
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            return reply.IsTyping ? SendOutcome.Failed : SendOutcome.Late;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!reply.IsTyping)
            {
                LogUndelivered(reply.Turn?.ActivityId ?? reply.ReplyToId, (ex as ConnectorException)?.Kind.ToString() ?? ex.GetType().Name);
            }
            return SendOutcome.Failed;
        }
        finally
        {
            _deadlines.Return(deadline);
        }
    }

    private ConnectorClient Connector()
    {
        var now = time.GetTimestamp();
        if (_connector is { } current && time.GetElapsedTime(current.Since, now) < ClientLifetime)
        {
            return current.Client;
        }
        var client = services.GetRequiredService<ConnectorClient>();
        _connector = new CachedClient(client, now);
        return client;
    }

    private sealed record CachedClient(ConnectorClient Client, long Since);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to activity {ActivityId} not delivered: {Reason}")]
    private partial void LogUndelivered(string? activityId, string reason);
}

using Verkostot.Bot.Connector;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// Sends one queued reply through the Bot Connector client, whose pipeline waits for Teams permits and retries
/// 429s (after their Retry-After) and transient failures with back-off. All of that is awaited in the conversation's
/// send loop, never on a worker; the reply's deadline cancels it, so that nothing is sent late.
/// </summary>
public sealed partial class ReplySender(IServiceProvider services, TimeProvider time, ILogger<ReplySender> logger)
{
    public async Task<SendOutcome> SendAsync(PendingReply reply, CancellationToken stopping)
    {
        var remaining = reply.Deadline - time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return reply.IsTyping ? SendOutcome.Failed : SendOutcome.Late;
        }

        using var late = new CancellationTokenSource(remaining, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(late.Token, stopping);
        try
        {
            // Typed clients are transient: one per send lets the handler factory rotate connections.
            var connector = services.GetRequiredService<ConnectorClient>();
            await (reply.ReplyToId is { Length: > 0 } replyToId
                ? connector.ReplyToActivityAsync(reply.ServiceUrl, reply.ConversationId, replyToId, reply.Activity, either.Token)
                : connector.SendToConversationAsync(reply.ServiceUrl, reply.ConversationId, reply.Activity, either.Token));
            return SendOutcome.Sent;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return SendOutcome.Stopped;
        }
        catch (OperationCanceledException) when (late.IsCancellationRequested)
        {
            return reply.IsTyping ? SendOutcome.Failed : SendOutcome.Late;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!reply.IsTyping)
            {
                LogUndelivered(reply.Turn?.Activity.Id ?? reply.ReplyToId, (ex as ConnectorException)?.Kind.ToString() ?? ex.GetType().Name);
            }
            return SendOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to activity {ActivityId} not delivered: {Reason}")]
    private partial void LogUndelivered(string? activityId, string reason);
}

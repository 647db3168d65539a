using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Bot.Protocol.Scheduling;

namespace Verkostot.Bot.Chat;

/// <summary>
/// Answers an inbound activity in its own conversation. Replies are queued in the conversation and sent in order
/// by the scheduler; the handler does not wait for Teams (permits, throttling, retries) and cannot be stalled by it.
/// </summary>
public sealed class TurnReplies(ConversationScheduler scheduler, CurrentTurn current, IOptions<InboundOptions> options, TimeProvider time)
{
    // Teams shows "typing…" for a few seconds; one sent later than this would be stale.
    private static readonly TimeSpan TypingLifetime = TimeSpan.FromSeconds(3);

    public Task ReplyAsync(Activity to, OutgoingActivity reply, CancellationToken cancellationToken)
    {
        reply = reply with { Locale = reply.Locale ?? to.Locale };
        scheduler.Send(new PendingReply(current.Turn, to.ServiceUrl!, to.Conversation!.Id!, to.Id, reply, Deadline()));
        return Task.CompletedTask;
    }

    public Task SendTypingAsync(Activity to, CancellationToken cancellationToken)
    {
        var deadline = Min(Deadline(), time.GetUtcNow() + TypingLifetime);
        scheduler.Send(new PendingReply(current.Turn, to.ServiceUrl!, to.Conversation!.Id!, null,
            new OutgoingActivity { Type = Protocol.ActivityTypes.Typing }, deadline));
        return Task.CompletedTask;
    }

    private DateTimeOffset Deadline() => current.Turn?.Deadline ?? time.GetUtcNow() + options.Value.MaxAge;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

using Verkostot.Bot.Chat;
using Verkostot.Bot.Conversations;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// Runs one turn in its own DI scope: the handler (a failure is logged and apologised for), then the conversation
/// reference refresh. The person waits for the answer, not for the bookkeeping, so the answer comes first.
/// </summary>
internal sealed partial class TurnRunner(
    IServiceScopeFactory scopes,
    ConversationScheduler scheduler,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    public async Task RunAsync(Turn turn, CancellationToken stoppingToken)
    {
        if (time.GetUtcNow() > turn.Deadline)
        {
            scheduler.Skip(turn);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTurn>().Turn = turn;
        var handled = await HandleAsync(scope.ServiceProvider, turn, stoppingToken);
        if (!handled)
        {
            // Stopping: the turn stays unhandled in the inbox and runs again after the next start.
            return;
        }
        await scope.ServiceProvider.GetRequiredService<ConversationReferenceRefresher>().TryRefreshAsync(turn.Activity, stoppingToken);
        turn.ReleaseActivity();
        scheduler.Close(turn);
    }

    private async Task<bool> HandleAsync(IServiceProvider services, Turn turn, CancellationToken stoppingToken)
    {
        try
        {
            var handler = (IActivityHandler)services.GetRequiredService(turn.Route.Handler);
            await handler.HandleAsync(turn.Activity, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            LogHandlerFailed(turn.ActivityType, turn.ActivityId, ex);
            Apologise(services, turn);
        }
        return true;
    }

    private static void Apologise(IServiceProvider services, Turn turn)
    {
        if (turn.IsChatter)
        {
            _ = services.GetRequiredService<TurnReplies>().ReplyAsync(turn.Activity, FailureApology.For(turn.Activity.Locale), CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {ActivityType} activity {ActivityId} failed; the person was told")]
    private partial void LogHandlerFailed(string? activityType, string? activityId, Exception exception);
}

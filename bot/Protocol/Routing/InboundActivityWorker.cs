using Verkostot.Bot.Conversations;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>Runs queued activities through their handlers, a few at a time, each in its own DI scope.</summary>
internal sealed partial class InboundActivityWorker(
    InboundActivityQueue queue,
    IServiceScopeFactory scopes,
    ILogger<InboundActivityWorker> logger) : BackgroundService
{
    private const int Concurrency = 8;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => ConsumeAsync(stoppingToken)));

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        // Drain what was already accepted (it got a 200) before the host goes down.
        queue.Complete();
        return base.StopAsync(cancellationToken);
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            await ProcessAsync(item, stoppingToken);
        }
    }

    private async Task ProcessAsync(QueuedActivity item, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The person waits for the answer, not for the bookkeeping: answer first, then store the reference.
        try
        {
            if (item.Route is { } route)
            {
                var handler = (IActivityHandler)scope.ServiceProvider.GetRequiredService(route.Handler);
                await handler.HandleAsync(item.Activity, stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogHandlerFailed(item.Activity.Type, item.Activity.Id, ex);
        }
        finally
        {
            await RefreshReferenceAsync(scope.ServiceProvider, item.Activity, stoppingToken);
        }
    }

    private async Task RefreshReferenceAsync(IServiceProvider services, Protocol.Inbound.Activity activity, CancellationToken stoppingToken)
    {
        try
        {
            await services.GetRequiredService<ConversationReferenceRefresher>().RefreshAsync(activity, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogReferenceFailed(activity.Conversation?.Id, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the conversation reference of {ConversationId} failed")]
    private partial void LogReferenceFailed(string? conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {ActivityType} activity {ActivityId} failed")]
    private partial void LogHandlerFailed(string? activityType, string? activityId, Exception exception);
}

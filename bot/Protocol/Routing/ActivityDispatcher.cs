using Verkostot.Bot.Conversations;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Inbox;
using Verkostot.Bot.Protocol.Scheduling;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// Sends an authenticated activity down its route. Every activity refreshes its conversation's reference, as its
/// last step: a routed message or update after its handler ran (stored in the inbox, queued in its conversation and
/// acknowledged with 200 now); an invoke after its handler answered, before the HTTP response; an activity with no
/// route at once, and nothing else is done with it. A repeated delivery of an activity already stored is
/// acknowledged and not handled again; a repeated invoke is answered and not run again (<see cref="OnceOnlyInvokes"/>).
/// </summary>
public sealed partial class ActivityDispatcher(
    RouteTable routes,
    InboxWriter inbox,
    ConversationScheduler scheduler,
    OnceOnlyInvokes invokes,
    ConversationReferenceRefresher references,
    InboundMetrics metrics,
    IServiceProvider services,
    TimeProvider time,
    ILogger<ActivityDispatcher> logger)
{
    public async Task<InvokeResponse?> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        var type = activity.Type!;
        if (type == ActivityTypes.Invoke)
        {
            var response = routes.FindInvoke(activity.Name) is { } invoke
                ? await invokes.RunAsync(activity, ct => InvokeAsync(activity, invoke, ct), cancellationToken)
                : NotImplemented(activity);
            await references.TryRefreshAsync(activity, cancellationToken);
            return response;
        }
        if (routes.FindActivity(type) is not { } route)
        {
            LogIgnored(type, activity.Name);
            await references.TryRefreshAsync(activity, cancellationToken);
            return null;
        }
        return await AcceptAsync(activity, route);
    }

    private InvokeResponse NotImplemented(Activity activity)
    {
        LogIgnored(ActivityTypes.Invoke, activity.Name);
        return InvokeResponse.NotImplemented;
    }

    private async Task<InvokeResponse> InvokeAsync(Activity activity, InvokeRoute route, CancellationToken cancellationToken)
    {
        var handler = (IInvokeHandler)services.GetRequiredService(route.Handler);
        try
        {
            return await handler.InvokeAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The person clicked a button: they get "something went wrong" on the card, never a broken request.
            LogInvokeFailed(activity.Name, ex);
            return InvokeResponse.Failed;
        }
    }

    private async Task<InvokeResponse?> AcceptAsync(Activity activity, ActivityRoute route)
    {
        var receivedAt = time.GetUtcNow();
        long? inboxId;
        try
        {
            // Not cancelled with the request: once the write is under way its outcome must reach the scheduler.
            inboxId = await inbox.AcceptAsync(activity, receivedAt);
        }
        catch (Exception ex)
        {
            LogNotStored(activity.Type, activity.Id, ex);
            return InvokeResponse.NotStored;
        }
        if (inboxId is not { } id)
        {
            LogRepeated(activity.Type, activity.Id);
            metrics.Repeated();
            return null;
        }
        scheduler.Enqueue(activity, route, id, receivedAt);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Invoke {Name} failed")]
    private partial void LogInvokeFailed(string? name, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No route for {ActivityType} activity (name '{Name}'); only its conversation reference is refreshed")]
    private partial void LogIgnored(string activityType, string? name);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ActivityType} activity {ActivityId} delivered again; acknowledged, not handled twice")]
    private partial void LogRepeated(string? activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{ActivityType} activity {ActivityId} could not be stored; answered 503 so that the channel delivers it again")]
    private partial void LogNotStored(string? activityType, string? activityId, Exception exception);
}

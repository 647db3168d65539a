using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Protocol.Routing;

/// <summary>
/// Sends an authenticated activity down its route: invokes are answered now, in the HTTP response;
/// everything else is queued and acknowledged with 200.
/// </summary>
public sealed partial class ActivityDispatcher(
    ActivityRouteTable routes,
    InboundActivityQueue queue,
    IServiceProvider services,
    ILogger<ActivityDispatcher> logger)
{
    public async Task<InvokeResponse?> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        var type = activity.Type!;
        var route = routes.Find(type, activity.Name);
        if (route is null)
        {
            LogIgnored(type, activity.Name);
            await queue.EnqueueAsync(new QueuedActivity(activity, null), cancellationToken);
            return type == ActivityTypes.Invoke ? InvokeResponse.NotImplemented : null;
        }

        if (!route.IsInvoke)
        {
            await queue.EnqueueAsync(new QueuedActivity(activity, route), cancellationToken);
            return null;
        }

        await queue.EnqueueAsync(new QueuedActivity(activity, null), cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Invoke {Name} failed")]
    private partial void LogInvokeFailed(string? name, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No route for {ActivityType} activity (name '{Name}'); ignored")]
    private partial void LogIgnored(string activityType, string? name);
}

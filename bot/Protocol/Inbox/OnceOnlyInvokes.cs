using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Protocol.Scheduling;
using Verkostot.Core.Inbox;

namespace Verkostot.Bot.Protocol.Inbox;

/// <summary>
/// Runs an invoke (a card button: an RSVP, "send the announcement") once per activity id and conversation within
/// the duplicate window, although Teams delivers it again when our answer was slow. Its key goes into the inbox table
/// first, with the same ON CONFLICT DO NOTHING as activities, so that a repeat is recognised also by another instance
/// on PostgreSQL and after a restart; then the handler runs, to its end even if the first request is given up on,
/// and the row is marked handled. A repeat gets the first delivery's answer when this instance still has it (waiting
/// for it if the handler still runs), else a neutral "already done".
/// </summary>
public sealed partial class OnceOnlyInvokes(
    InboxWriter inbox,
    InboundMetrics metrics,
    IOptions<InboundOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<OnceOnlyInvokes> logger)
{
    // A repeat comes within seconds; a thousand answers (cards of a few KB at most) are a few MB.
    private const int RememberedAnswers = 1_000;

    private readonly RecentInvokeAnswers _answers = new(options.Value.DuplicateWindow, RememberedAnswers, time);

    /// <param name="handle">The invoke's handler; given the application's stopping token, not the request's.</param>
    /// <param name="requestAborted">Stops only this request's wait for the answer.</param>
    public async Task<InvokeResponse> RunAsync(Activity activity, Func<CancellationToken, Task<InvokeResponse>> handle,
        CancellationToken requestAborted)
    {
        if (activity.Id is null)
        {
            // Nothing to recognise a repeat by.
            return await handle(requestAborted);
        }
        var key = InboxKey.Of(activity.Conversation!.Id!, activity.Id);
        var answer = new TaskCompletionSource<InvokeResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_answers.TryAdd(key, answer.Task, out var earlier))
        {
            LogRepeated(activity.Id, earlier.IsCompleted ? "its answer" : "the answer of the run in progress");
            metrics.Repeated();
            return await earlier.WaitAsync(requestAborted);
        }
        try
        {
            answer.SetResult(await RunFirstAsync(activity, key, answer.Task, handle));
        }
        catch (Exception ex)
        {
            // Stopping: a repeat waiting for this run is told the same.
            answer.SetException(ex);
            _answers.Forget(key, answer.Task);
            throw;
        }
        return await answer.Task.WaitAsync(requestAborted);
    }

    private async Task<InvokeResponse> RunFirstAsync(Activity activity, string key, Task<InvokeResponse> answer,
        Func<CancellationToken, Task<InvokeResponse>> handle)
    {
        long? inboxId;
        try
        {
            inboxId = await inbox.AcceptAsync(activity, time.GetUtcNow());
        }
        catch (Exception ex)
        {
            LogNotStored(activity.Id, ex);
            _answers.Forget(key, answer);
            return InvokeResponse.NotStored;
        }
        if (inboxId is not { } id)
        {
            LogRepeated(activity.Id, "a neutral answer (it ran on another instance or before a restart)");
            metrics.Repeated();
            return RepeatedInvokeAnswer.For(activity.Locale);
        }
        try
        {
            return await handle(lifetime.ApplicationStopping);
        }
        finally
        {
            inbox.Complete(id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoke activity {ActivityId} delivered again; not run twice, answered with {Answer}")]
    private partial void LogRepeated(string? activityId, string answer);

    [LoggerMessage(Level = LogLevel.Error, Message = "Invoke activity {ActivityId} could not be recorded; answered 503 and not run")]
    private partial void LogNotStored(string? activityId, Exception exception);
}

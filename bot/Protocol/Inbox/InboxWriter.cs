using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Scheduling;
using Verkostot.Core.Inbox;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Protocol.Inbox;

/// <summary>
/// Stores accepted activities before /api/messages answers, and marks handled ones, with group commit: one writer
/// takes whatever requests and completions are waiting and writes them in one transaction, so concurrent requests
/// share a commit instead of queueing for one each. A request waits for at most the commit in progress and its own.
/// </summary>
public sealed partial class InboxWriter(
    InboxStore store,
    WriteTurns turns,
    SqliteCheckpointer checkpointer,
    InboxInstance instance,
    InboundMetrics metrics,
    IOptions<InboundOptions> options,
    TimeProvider time,
    ILogger<InboxWriter> logger) : BackgroundService
{
    private const int MaxArrivalsPerCommit = 256;
    private const int MaxCompletionsPerCommit = 2_000;
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(1);

    private readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Stores the activity, claimed by this instance; completes with its inbox id once committed, or null when the
    /// same activity is stored already (a repeated delivery). Throws when the database cannot store it.
    /// </summary>
    public Task<long?> AcceptAsync(Activity activity, DateTimeOffset receivedAt)
    {
        var conversationId = activity.Conversation!.Id!;
        var row = new InboxActivity
        {
            // An activity without an id cannot be recognised when repeated; it gets a key of its own.
            Key = InboxKey.Of(conversationId, activity.Id ?? Guid.NewGuid().ToString("N")),
            ActivityId = activity.Id is { Length: > InboxStore.MaxActivityIdLength } id ? id[..InboxStore.MaxActivityIdLength] : activity.Id,
            ReceivedAt = receivedAt,
            Payload = JsonSerializer.SerializeToUtf8Bytes(activity, InboundJsonContext.Default.Activity),
            Owner = instance.Id,
        };
        var arrival = new Arrival(row, new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_work.Writer.TryWrite(arrival))
        {
            throw new InvalidOperationException("The inbox is stopped.");
        }
        return arrival.Stored.Task;
    }

    /// <summary>Marks an inbox row handled (with the next commit).</summary>
    public void Complete(long inboxId) => _work.Writer.TryWrite(new Completion(inboxId));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Everything handled so far is written before the writer stops; then the rest is handed back.
        _work.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        try
        {
            await store.ReleaseAsync(instance.Id, cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The host was disposed while stopping (a test host does this): the rows wait for their lease instead.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReleaseFailed(ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var arrivals = new List<Arrival>();
        var completions = new List<long>();
        while (completions.Count > 0 || await _work.Reader.WaitToReadAsync(CancellationToken.None))
        {
            Drain(arrivals, completions);
            try
            {
                var started = time.GetTimestamp();
                var now = time.GetUtcNow();
                // The lease starts at the commit, not at the request: a commit that waited must not start out lapsed.
                arrivals.ForEach(a => a.Row.ClaimedUntil = now + options.Value.ClaimLease);
                var stored = await turns.RunAsync(
                    () => store.WriteAsync(arrivals.ConvertAll(a => a.Row), completions, now, CancellationToken.None),
                    CancellationToken.None, goesFirst: true);
                metrics.Committed(arrivals.Count, time.GetElapsedTime(started));
                checkpointer.Written();
                for (var i = 0; i < arrivals.Count; i++)
                {
                    arrivals[i].Stored.TrySetResult(stored[i] ? arrivals[i].Row.Id : null);
                }
                completions.Clear();
            }
            catch (Exception ex)
            {
                LogWriteFailed(arrivals.Count, completions.Count, ex);
                arrivals.ForEach(a => a.Stored.TrySetException(ex));
                if (_work.Reader.Completion.IsCompleted)
                {
                    break; // stopping: unwritten completions are handled again after the next start
                }
                // Completions are kept for the next commit: the turns are done either way.
                await Task.Delay(PauseAfterFailure, time, CancellationToken.None);
            }
            arrivals.Clear();
        }
    }

    private void Drain(List<Arrival> arrivals, List<long> completions)
    {
        while (arrivals.Count < MaxArrivalsPerCommit && completions.Count < MaxCompletionsPerCommit && _work.Reader.TryRead(out var work))
        {
            switch (work)
            {
                case Arrival arrival:
                    arrivals.Add(arrival);
                    break;
                case Completion completion:
                    completions.Add(completion.InboxId);
                    break;
            }
        }
    }

    private abstract record Work;

    private sealed record Completion(long InboxId) : Work;

    private sealed record Arrival(InboxActivity Row, TaskCompletionSource<long?> Stored) : Work;

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Arrivals} arrivals and {Completions} completions to the inbox failed")]
    private partial void LogWriteFailed(int arrivals, int completions, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handing back this instance's unhandled inbox rows failed; another instance takes them when their lease runs out")]
    private partial void LogReleaseFailed(Exception exception);
}

using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Protocol.Scheduling;
using Verkostot.Core.Inbox;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Protocol.Inbox;

/// <summary>
/// Keeps the inbox honest across crashes and instances: renews this instance's claims, takes over activities whose
/// instance stopped or died (handling those still young enough, logging and dropping older ones), and forgets
/// handled ones after the duplicate window. Before the bot takes requests it takes over what a crash left: on SQLite
/// every unhandled row (only one instance uses the file), on PostgreSQL those whose lease has run out.
/// </summary>
internal sealed partial class InboxRecovery(
    InboxStore store,
    InboxInstance instance,
    InboxWriter writer,
    ConversationScheduler scheduler,
    RouteTable routes,
    IOptions<InboundOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<InboxRecovery> logger) : BackgroundService
{
    private const int ClaimBatch = 50;
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(1);
    private readonly InboundOptions _options = options.Value;
    private DateTimeOffset _purgedAt = DateTimeOffset.MinValue;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TakeOverAsync(evenIfLeased: storage.Value.Provider == StorageProvider.Sqlite, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    // Renewal runs on its own, so that a slow take-over or purge never lets this instance's own claims lapse.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            RepeatAsync(ct => store.RenewAsync(instance.Id, time.GetUtcNow() + _options.ClaimLease, ct), stoppingToken),
            RepeatAsync(async ct =>
            {
                await TakeOverAsync(evenIfLeased: false, ct);
                await PurgeAsync(ct);
            }, stoppingToken));

    private async Task RepeatAsync(Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.RecoveryInterval, time, stoppingToken);
                await work(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRecoveryFailed(ex);
            }
        }
    }

    private async Task TakeOverAsync(bool evenIfLeased, CancellationToken cancellationToken)
    {
        var after = 0L;
        IReadOnlyList<InboxActivity> claimed;
        do
        {
            var now = time.GetUtcNow();
            claimed = await store.ClaimAsync(instance.Id, now, now + _options.ClaimLease, evenIfLeased, after, ClaimBatch, cancellationToken);
            foreach (var row in claimed)
            {
                Resume(row, now);
                after = row.Id;
            }
        }
        while (claimed.Count == ClaimBatch);
    }

    private void Resume(InboxActivity row, DateTimeOffset now)
    {
        var activity = row.Payload is { } payload ? InboundActivityReader.Parse(payload).Activity : null;
        if (activity?.Type == ActivityTypes.Invoke)
        {
            // Its answer belonged to an HTTP request that is gone; the row only keeps a repeat from running it again.
            LogInvokeCutOff(row.ActivityId);
            writer.Complete(row.Id);
            return;
        }
        if (activity is null || now - row.ReceivedAt > _options.MaxAge)
        {
            LogDroppedOld(row.ActivityId, now - row.ReceivedAt);
            writer.Complete(row.Id);
            return;
        }
        if (routes.FindActivity(activity.Type!) is not { } route)
        {
            // Stored by a version that routed it; this one has nothing to do with it.
            writer.Complete(row.Id);
            return;
        }
        if (scheduler.Enqueue(activity, route, row.Id, row.ReceivedAt))
        {
            LogResumed(activity.Type, row.ActivityId, now - row.ReceivedAt);
        }
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _purgedAt < PurgeEvery)
        {
            return;
        }
        _purgedAt = now;
        await store.PurgeAsync(now - _options.DuplicateWindow, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed {ActivityType} activity {ActivityId}, accepted {Age} ago and left unhandled by a stopped instance")]
    private partial void LogResumed(string? activityType, string? activityId, TimeSpan age);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped activity {ActivityId}, accepted {Age} ago and left unhandled by a stopped instance: too late to answer")]
    private partial void LogDroppedOld(string? activityId, TimeSpan age);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoke activity {ActivityId} was cut off by a stopped instance: not run again, Teams got no answer to it")]
    private partial void LogInvokeCutOff(string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Renewing or taking over inbox claims failed; trying again shortly")]
    private partial void LogRecoveryFailed(Exception exception);
}

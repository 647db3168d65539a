using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Announcements;

/// <summary>
/// Sends a started announcement: claims its outbox rows in batches, delivers them through <see cref="IMessenger"/>
/// (whose connector keeps within Teams' rate limits), records each outcome, and keeps the author's report card
/// current. Safe to run anywhere and any number of times: one worker holds the announcement at a time, and a row
/// is only ever sent by the worker that claimed it.
/// </summary>
public sealed partial class AnnouncementSender(
    DeliveryLedger ledger,
    AnnouncementStore store,
    ICatalogSource catalogs,
    IMessenger messenger,
    IOptions<AnnouncementOptions> options,
    TimeProvider time,
    ILogger<AnnouncementSender> logger)
{
    private readonly AnnouncementOptions _options = options.Value;

    /// <param name="stopping">Stops claiming new rows; sends already under way finish and are recorded.</param>
    public async Task SendAsync(Guid id, CancellationToken stopping)
    {
        var worker = Guid.NewGuid();
        if (!await ledger.AcquireWorkerAsync(id, worker, stopping))
        {
            LogBusy(id);
            return;
        }
        try
        {
            await SendOwnedAsync(id, worker, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping between batches: every claimed row was sent and recorded or handed back; the sweep resumes.
            LogPaused(id);
        }
        finally
        {
            await ledger.ReleaseWorkerAsync(id, worker, CancellationToken.None);
        }
    }

    private async Task SendOwnedAsync(Guid id, Guid worker, CancellationToken stopping)
    {
        if (await store.GetAsync(id, stopping) is not { } announcement
            || announcement.State is AnnouncementState.Draft or AnnouncementState.Scheduled or AnnouncementState.Cancelled)
        {
            return;
        }
        var abandoned = await ledger.ExpireLeasesAsync(id, stopping);
        if (abandoned > 0)
        {
            LogAbandoned(id, abandoned);
        }
        var notice = await NoticeAsync(announcement, stopping);
        // One stream of claimed rows: a new batch is claimed as soon as a send slot frees, so a slow retry in one
        // batch never holds the next batch back.
        var outcomes = Channel.CreateUnbounded<(AnnouncementMessage, Delivery)>(new UnboundedChannelOptions { SingleReader = true });
        var recording = RecordOutcomesAsync(outcomes.Reader);
        try
        {
            await Parallel.ForEachAsync(ClaimedRowsAsync(id, worker, stopping), new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism },
                async (row, _) => await DeliverRowAsync(row, notice, outcomes.Writer, stopping));
        }
        finally
        {
            // Every send that happened is recorded before the worker lets go, also when stopping.
            outcomes.Writer.Complete();
            await recording;
        }
        stopping.ThrowIfCancellationRequested();
        await ledger.StopPendingIfStoppedAsync(id, stopping);
        if (await ledger.CompleteIfDoneAsync(id, stopping))
        {
            await FinalReportAsync(id, stopping);
        }
    }

    private async IAsyncEnumerable<AnnouncementMessage> ClaimedRowsAsync(Guid id, Guid worker,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken stopping)
    {
        var lastReport = DateTimeOffset.MinValue;
        while (!stopping.IsCancellationRequested && await ledger.AcquireWorkerAsync(id, worker, stopping))
        {
            if (time.GetUtcNow() - lastReport >= _options.ReportInterval)
            {
                await UpdateReportAsync(id, stopping);
                lastReport = time.GetUtcNow();
            }
            var batch = await ledger.ClaimBatchAsync(id, stopping);
            if (batch.Count == 0)
            {
                await ledger.StopPendingIfStoppedAsync(id, stopping);
                await ledger.ExpireLeasesAsync(id, stopping);
                if (await ledger.NextAttemptAsync(id, stopping) is null && !await ledger.AnySendingAsync(id, stopping))
                {
                    yield break;
                }
                await WaitForRetriesAsync(id, stopping);
                continue;
            }
            foreach (var row in batch)
            {
                yield return row;
            }
        }
    }

    // One writer records outcomes in small transactions: per-recipient commits would make the database, not
    // Teams' rate limit, the bottleneck.
    private async Task RecordOutcomesAsync(ChannelReader<(AnnouncementMessage, Delivery)> outcomes)
    {
        var batch = new List<(AnnouncementMessage, Delivery)>();
        while (await outcomes.WaitToReadAsync())
        {
            while (batch.Count < 200 && outcomes.TryRead(out var outcome))
            {
                batch.Add(outcome);
            }
            await ledger.RecordAllAsync(batch, CancellationToken.None);
            batch.Clear();
        }
    }

    private async Task DeliverRowAsync(AnnouncementMessage row, AnnouncementNotice notice,
        ChannelWriter<(AnnouncementMessage, Delivery)> outcomes, CancellationToken stopping)
    {
        if (stopping.IsCancellationRequested)
        {
            // Claimed but not begun: hand it back untouched for the next worker.
            await ledger.ReleaseAsync(row, CancellationToken.None);
            return;
        }
        // Once a send has begun it finishes and is recorded even when stopping: an unrecorded send would be
        // unknowable later, and that row would be failed rather than risk a second copy.
        var delivery = await DeliverAsync(row, notice);
        await outcomes.WriteAsync((row, delivery), CancellationToken.None);
    }

    private async Task<Delivery> DeliverAsync(AnnouncementMessage row, AnnouncementNotice notice)
    {
        try
        {
            return row.Kind == RecipientKind.Channel
                ? await messenger.PostToChannelAsync(new ChannelAddress(row.TeamId!, row.ChannelId!), notice, CancellationToken.None)
                : await messenger.SendToPersonAsync(new PersonAddress(row.PersonId!, row.EntraObjectId), notice, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whether it reached Teams is unknown: in doubt is the only answer that cannot send twice.
            LogSendCrashed(row.Id, ex);
            return Delivery.Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.SendCrashed);
        }
    }

    private async Task WaitForRetriesAsync(Guid id, CancellationToken stopping)
    {
        var next = await ledger.NextAttemptAsync(id, stopping);
        var now = time.GetUtcNow();
        // Renew the worker lease well before it lapses; rows in flight elsewhere are polled for briefly.
        var longest = _options.WorkerLease / 2;
        var wait = next is { } at ? at - now : TimeSpan.FromMilliseconds(200);
        wait = wait < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : wait > longest ? longest : wait;
        try
        {
            await Task.Delay(wait, time, stopping);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends; the sweep resumes later.
        }
    }

    private async Task UpdateReportAsync(Guid id, CancellationToken stopping)
    {
        if (await store.GetAsync(id, stopping) is not { ReportConversationId: { } conversation, ReportActivityId: { } activity, ReportEndpoint: { } endpoint } announcement)
        {
            return;
        }
        var report = await ledger.ReportAsync(id, stopping);
        var notice = new AnnouncementReportNotice(Core.Domain.Language.Finnish, id, announcement.Title, announcement.State, report, announcement.ScheduledFor);
        var delivery = await messenger.UpdateAsync(new SentMessage(conversation, activity, endpoint), notice, CancellationToken.None);
        if (!delivery.IsSent)
        {
            LogReportNotUpdated(id, delivery.Status, delivery.Reason);
        }
    }

    private async Task FinalReportAsync(Guid id, CancellationToken stopping)
    {
        await UpdateReportAsync(id, stopping);
        await ledger.MarkFinalReportAsync(id, stopping);
        LogFinished(id);
    }

    private async Task<AnnouncementNotice> NoticeAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var network = catalog.NetworksById.GetValueOrDefault(announcement.NetworkId)?.Name.Fi ?? announcement.NetworkId;
        var author = catalog.PeopleById.GetValueOrDefault(announcement.AuthorPersonId)?.Name ?? "";
        return AnnouncementNotice.Of(announcement, network, author);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Announcement {Id} is being sent by another worker")]
    private partial void LogBusy(Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcement {Id}: {Count} deliveries were cut off by a restart and are in doubt, not resent")]
    private partial void LogAbandoned(Guid id, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {RowId} threw; recorded as in doubt, not resent")]
    private partial void LogSendCrashed(long rowId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report card of announcement {Id} not updated: {Status} {Reason}")]
    private partial void LogReportNotUpdated(Guid id, DeliveryStatus status, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Id} paused: the host is stopping")]
    private partial void LogPaused(Guid id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Id} finished")]
    private partial void LogFinished(Guid id);
}

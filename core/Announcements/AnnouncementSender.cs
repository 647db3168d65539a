using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Announcements;

/// <summary>
/// Sends a started announcement: claims its outbox rows in batches, delivers them through <see cref="IMessenger"/>
/// (whose connector keeps within Teams' rate limits), hands those Teams cannot reach over to e-mail
/// (<see cref="EmailFallback"/>, a lane of its own at the mailbox's pace), records each outcome, and keeps the
/// author's report card current. Safe to run anywhere and any number of times: one worker holds the announcement at a time, and a row
/// is only ever sent by the worker that claimed it.
/// </summary>
public sealed partial class AnnouncementSender(
    DeliveryLedger ledger,
    AnnouncementStore store,
    ICatalogSource catalogs,
    IMessenger messenger,
    EmailFallback fallback,
    GraphAccessMonitor access,
    IOptions<AnnouncementOptions> options,
    TimeProvider time,
    ILogger<AnnouncementSender> logger)
{
    private readonly AnnouncementOptions _options = options.Value;
    private readonly SemaphoreSlim _reporting = new(1, 1);
    private DateTimeOffset _lastReport = DateTimeOffset.MinValue;

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
        var catalog = await catalogs.GetAsync(stopping);
        var notice = NoticeIn(announcement, catalog);
        // One stream of claimed rows per lane: a new batch is claimed as soon as a send slot frees, so a slow retry in
        // one batch never holds the next back, and the mailbox's slow pace never holds Teams back.
        var outcomes = Channel.CreateUnbounded<(AnnouncementMessage, Delivery)>(new UnboundedChannelOptions { SingleReader = true });
        var recording = RecordOutcomesAsync(outcomes.Reader);
        try
        {
            var teams = RunLaneAsync(id, worker, DeliveryChannel.Teams, _options.BatchSize, _options.Parallelism,
                row => DeliverInTeamsAsync(row, notice(Language.Finnish), announcement.NetworkId), outcomes.Writer, stopping);
            var email = fallback.IsEnabled
                ? RunLaneAsync(id, worker, DeliveryChannel.Email, _options.EmailParallelism, _options.EmailParallelism,
                    row => DeliverByEmailAsync(row, notice, catalog, announcement.NetworkId), outcomes.Writer, stopping)
                : Task.CompletedTask;
            await Task.WhenAll(teams, email);
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

    private Task RunLaneAsync(Guid id, Guid worker, DeliveryChannel channel, int batchSize, int parallelism,
        Func<AnnouncementMessage, Task<Delivery>> deliver, ChannelWriter<(AnnouncementMessage, Delivery)> outcomes, CancellationToken stopping) =>
        Parallel.ForEachAsync(ClaimedRowsAsync(id, worker, channel, batchSize, stopping), new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (row, _) => await DeliverRowAsync(row, deliver, outcomes, stopping));

    private async IAsyncEnumerable<AnnouncementMessage> ClaimedRowsAsync(Guid id, Guid worker, DeliveryChannel channel, int batchSize,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken stopping)
    {
        // The e-mail lane lasts as long as the whole announcement: any Teams row still open may be handed over to it.
        DeliveryChannel? watched = channel == DeliveryChannel.Teams ? DeliveryChannel.Teams : null;
        while (!stopping.IsCancellationRequested && await ledger.AcquireWorkerAsync(id, worker, stopping))
        {
            await UpdateReportIfDueAsync(id, stopping);
            var batch = await ledger.ClaimBatchAsync(id, channel, batchSize, stopping);
            if (batch.Count == 0)
            {
                await ledger.StopPendingIfStoppedAsync(id, stopping);
                await ledger.ExpireLeasesAsync(id, stopping);
                if (await ledger.NextAttemptAsync(id, stopping, watched) is null && !await ledger.AnySendingAsync(id, stopping, watched))
                {
                    yield break;
                }
                await WaitForRetriesAsync(id, channel, stopping);
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

    private async Task DeliverRowAsync(AnnouncementMessage row, Func<AnnouncementMessage, Task<Delivery>> deliver,
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
        Delivery delivery;
        try
        {
            delivery = await deliver(row);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whether it reached the recipient is unknown: in doubt is the only answer that cannot send twice.
            LogSendCrashed(row.Id, ex);
            delivery = Delivery.Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.SendCrashed);
        }
        await outcomes.WriteAsync((row, delivery), CancellationToken.None);
    }

    private async Task<Delivery> DeliverInTeamsAsync(AnnouncementMessage row, AnnouncementNotice notice, string networkId)
    {
        if (row.Kind == RecipientKind.Channel)
        {
            return await messenger.PostToChannelAsync(new ChannelAddress(row.TeamId!, row.ChannelId!), notice, CancellationToken.None);
        }
        var delivery = await messenger.SendToPersonAsync(new PersonAddress(row.PersonId!, row.EntraObjectId), notice, CancellationToken.None);
        if (!delivery.IsSent)
        {
            // Only installing the app asks Graph on the way to a 1:1 chat; a refusal there is the admin's to fix.
            await access.ObserveAsync(GraphFeature.Installation, delivery, networkId, CancellationToken.None);
        }
        return delivery;
    }

    private async Task<Delivery> DeliverByEmailAsync(AnnouncementMessage row, Func<Language, AnnouncementNotice> notice, NetworkCatalog catalog, string networkId)
    {
        if (row.PersonId is null || !catalog.PeopleById.TryGetValue(row.PersonId, out var person))
        {
            return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.NoEmail);
        }
        return await fallback.SendAsync(person, notice, catalog, networkId, row.Id, CancellationToken.None);
    }

    private async Task WaitForRetriesAsync(Guid id, DeliveryChannel channel, CancellationToken stopping)
    {
        var next = await ledger.NextAttemptAsync(id, stopping, channel);
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

    // Both lanes come here; one update at a time, at most one per interval.
    private async Task UpdateReportIfDueAsync(Guid id, CancellationToken stopping)
    {
        if (time.GetUtcNow() - _lastReport < _options.ReportInterval || !_reporting.Wait(0))
        {
            return;
        }
        try
        {
            await UpdateReportAsync(id, stopping);
            _lastReport = time.GetUtcNow();
        }
        finally
        {
            _reporting.Release();
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

    /// <summary>The announcement in a language: Teams gets the Finnish card, e-mail the recipient's frame around the same text.</summary>
    private static Func<Language, AnnouncementNotice> NoticeIn(Announcement announcement, NetworkCatalog catalog)
    {
        var network = catalog.NetworksById.GetValueOrDefault(announcement.NetworkId);
        var author = catalog.PeopleById.GetValueOrDefault(announcement.AuthorPersonId)?.Name ?? "";
        return language => AnnouncementNotice.Of(announcement, network?.Name.In(language) ?? announcement.NetworkId, author, language);
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

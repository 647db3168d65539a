using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verkostot.Core.Messaging;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Announcements;

/// <summary>
/// The per-recipient ledger that makes the fan-out exactly-once: rows are planned once (unique per recipient),
/// claimed by a conditional update before sending, and their outcome recorded only by the claim's holder.
/// A row whose claim expired was cut off mid-send; it is failed, never sent again.
/// </summary>
public sealed class DeliveryLedger(IDbContextFactory<VerkostotDbContext> contexts, IOptions<AnnouncementOptions> options, TimeProvider time)
{
    private readonly AnnouncementOptions _options = options.Value;

    /// <summary>
    /// Starts a due scheduled announcement: state Sending and one ledger row per recipient, in one transaction.
    /// False when it is not due, already started, or cancelled.
    /// </summary>
    public async Task<bool> StartAsync(Guid id, Func<Announcement, IReadOnlyList<PlannedRecipient>> plan, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var started = await db.Set<Announcement>()
            .Where(a => a.Id == id && a.State == AnnouncementState.Scheduled && a.ScheduledFor <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.State, AnnouncementState.Sending).SetProperty(a => a.StartedAt, now), cancellationToken);
        if (started != 1)
        {
            return false;
        }
        var announcement = await db.Set<Announcement>().AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
        db.AddRange(plan(announcement).Select(r => new AnnouncementDelivery
        {
            AnnouncementId = id,
            RecipientKey = r.Key,
            Kind = r.Kind,
            PersonId = r.PersonId,
            RecipientName = r.Name,
            EntraObjectId = r.EntraObjectId,
            TeamId = r.TeamId,
            ChannelId = r.ChannelId,
            State = DeliveryState.Pending,
            NextAttemptAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes (or renews) the one-worker lease on an announcement; false while another worker holds it.</summary>
    public async Task<bool> AcquireWorkerAsync(Guid id, Guid worker, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + _options.WorkerLease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Announcement>()
            .Where(a => a.Id == id && (a.WorkerToken == null || a.WorkerToken == worker || a.WorkerLeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.WorkerToken, worker).SetProperty(a => a.WorkerLeaseUntil, until), cancellationToken) == 1;
    }

    public async Task ReleaseWorkerAsync(Guid id, Guid worker, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<Announcement>()
            .Where(a => a.Id == id && a.WorkerToken == worker)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.WorkerToken, (Guid?)null).SetProperty(a => a.WorkerLeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>
    /// Claims up to <see cref="AnnouncementOptions.BatchSize"/> due rows of a sending announcement. Claims of one
    /// announcement take turns on its row, which a stop locks first too: rows are only ever locked after their
    /// announcement, so a claim and a stop cannot deadlock, each claim sees the rows the one before it took, and
    /// once a stop commits nothing more is claimed. Cancelling stops it only before the claim: a claim the caller
    /// never learns of would leave rows that nobody sends and that are later failed as cut off.
    /// </summary>
    public async Task<IReadOnlyList<AnnouncementDelivery>> ClaimBatchAsync(Guid id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        var claim = Guid.NewGuid();
        var until = now + _options.ClaimLease;
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        // A no-op update: its only effect is the announcement's row lock, held until the claim commits.
        var sending = await db.Set<Announcement>()
            .Where(a => a.Id == id && a.State == AnnouncementState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.State, a => a.State), CancellationToken.None);
        if (sending == 0)
        {
            return [];
        }
        var candidates = await db.Set<AnnouncementDelivery>()
            .Where(d => d.AnnouncementId == id && d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .Take(_options.BatchSize)
            .ToListAsync(CancellationToken.None);
        if (candidates.Count == 0)
        {
            return [];
        }
        await db.Set<AnnouncementDelivery>()
            .Where(d => candidates.Contains(d.Id) && d.State == DeliveryState.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.InFlight)
                .SetProperty(d => d.ClaimToken, claim)
                .SetProperty(d => d.ClaimedUntil, until)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1), CancellationToken.None);
        var claimed = await db.Set<AnnouncementDelivery>().AsNoTracking()
            .Where(d => d.AnnouncementId == id && d.ClaimToken == claim && d.State == DeliveryState.InFlight)
            .OrderBy(d => d.Id)
            .ToListAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return claimed;
    }

    /// <summary>
    /// Records a send's outcome for the claim's holder. Transient failures go back to pending with a backoff
    /// until the attempts run out.
    /// </summary>
    public Task RecordAsync(AnnouncementDelivery row, Delivery delivery, CancellationToken cancellationToken) =>
        RecordAllAsync([(row, delivery)], cancellationToken);

    /// <summary>Records several outcomes in one transaction: one commit instead of one per recipient.</summary>
    public async Task RecordAllAsync(IReadOnlyList<(AnnouncementDelivery Row, Delivery Delivery)> outcomes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (row, delivery) in outcomes)
        {
            await RecordAsync(db, row, delivery, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RecordAsync(VerkostotDbContext db, AnnouncementDelivery row, Delivery delivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var mine = db.Set<AnnouncementDelivery>().Where(d => d.Id == row.Id && d.ClaimToken == row.ClaimToken && d.State == DeliveryState.InFlight);
        if (delivery.IsSent)
        {
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.Sent)
                .SetProperty(d => d.SentConversationId, delivery.Sent!.ConversationId)
                .SetProperty(d => d.SentActivityId, delivery.Sent!.ActivityId)
                .SetProperty(d => d.FailureReason, (string?)null)
                .SetProperty(d => d.CompletedAt, now), cancellationToken);
        }
        else if (delivery.Status == DeliveryStatus.TransientFailure && row.Attempts < _options.MaxAttempts)
        {
            var retryAt = now + Backoff(row.Attempts);
            var reason = DeliveryReasons.Of(delivery, row.Attempts);
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.Pending)
                .SetProperty(d => d.NextAttemptAt, retryAt)
                .SetProperty(d => d.FailureReason, reason), cancellationToken);
        }
        else
        {
            var reason = DeliveryReasons.Of(delivery, row.Attempts);
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.Failed)
                .SetProperty(d => d.FailureReason, reason)
                .SetProperty(d => d.CompletedAt, now), cancellationToken);
        }
    }

    /// <summary>Hands back a claimed row that was never sent (the worker is stopping), as if never claimed.</summary>
    public async Task ReleaseAsync(AnnouncementDelivery row, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<AnnouncementDelivery>()
            .Where(d => d.Id == row.Id && d.ClaimToken == row.ClaimToken && d.State == DeliveryState.InFlight)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.Pending)
                .SetProperty(d => d.ClaimToken, (Guid?)null)
                .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.Attempts, d => d.Attempts - 1), cancellationToken);
    }

    /// <summary>A stop that came while this row was claimed wins: the row is not retried.</summary>
    public async Task StopPendingIfStoppedAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<AnnouncementDelivery>()
            .Where(d => d.AnnouncementId == id && d.State == DeliveryState.Pending
                && db.Set<Announcement>().Any(a => a.Id == id && a.State == AnnouncementState.Stopped))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Stopped).SetProperty(d => d.CompletedAt, now), cancellationToken);
    }

    /// <summary>
    /// Rows still in flight after their claim expired were cut off by a crash: whether Teams got them is unknown,
    /// so they are failed with that reason rather than risk a second copy.
    /// </summary>
    public async Task<int> FailAbandonedAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AnnouncementDelivery>()
            .Where(d => d.AnnouncementId == id && d.State == DeliveryState.InFlight && d.ClaimedUntil < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.Failed)
                .SetProperty(d => d.FailureReason, DeliveryReasons.Abandoned)
                .SetProperty(d => d.CompletedAt, now), cancellationToken);
    }

    /// <summary>Whether a row of the announcement is being sent right now (by this worker or a cut-off one).</summary>
    public async Task<bool> AnyInFlightAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AnnouncementDelivery>().AnyAsync(d => d.AnnouncementId == id && d.State == DeliveryState.InFlight, cancellationToken);
    }

    /// <summary>When the next row waiting for a retry becomes due; null when none waits.</summary>
    public async Task<DateTimeOffset?> NextAttemptAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Set<AnnouncementDelivery>()
            .Where(d => d.AnnouncementId == id && d.State == DeliveryState.Pending)
            .Select(d => d.NextAttemptAt)
            .ToListAsync(cancellationToken);
        return due.Count == 0 ? null : due.Min();
    }

    /// <summary>Marks a sending announcement sent once no row is pending or in flight; true when it is finished.</summary>
    public async Task<bool> CompleteIfDoneAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Set<AnnouncementDelivery>()
            .AnyAsync(d => d.AnnouncementId == id && (d.State == DeliveryState.Pending || d.State == DeliveryState.InFlight), cancellationToken);
        if (open)
        {
            return false;
        }
        await db.Set<Announcement>()
            .Where(a => a.Id == id && a.State == AnnouncementState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.State, AnnouncementState.Sent).SetProperty(a => a.FinishedAt, now), cancellationToken);
        await db.Set<Announcement>()
            .Where(a => a.Id == id && a.State == AnnouncementState.Stopped && a.FinishedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FinishedAt, now), cancellationToken);
        return true;
    }

    public async Task MarkFinalReportAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<Announcement>().Where(a => a.Id == id && a.FinalReportAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FinalReportAt, now), cancellationToken);
    }

    public async Task<DeliveryReport> ReportAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Set<AnnouncementDelivery>()
            .Where(d => d.AnnouncementId == id)
            .GroupBy(d => d.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(DeliveryState state) => counts.Where(c => c.State == state).Sum(c => c.Count);
        var failures = await db.Set<AnnouncementDelivery>().AsNoTracking()
            .Where(d => d.AnnouncementId == id && d.State == DeliveryState.Failed)
            .OrderBy(d => d.RecipientName)
            .Select(d => new DeliveryFailure(d.RecipientName, d.FailureReason ?? ""))
            .ToListAsync(cancellationToken);
        return new DeliveryReport(counts.Sum(c => c.Count), Count(DeliveryState.Sent), Count(DeliveryState.Failed),
            Count(DeliveryState.Pending) + Count(DeliveryState.InFlight), Count(DeliveryState.Stopped), failures);
    }

    /// <summary>Every ledger row of an announcement, for the CSV export.</summary>
    public async Task<IReadOnlyList<AnnouncementDelivery>> RowsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AnnouncementDelivery>().AsNoTracking()
            .Where(d => d.AnnouncementId == id).OrderBy(d => d.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Scheduled announcements whose time has come.</summary>
    public async Task<IReadOnlyList<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Announcement>()
            .Where(a => a.State == AnnouncementState.Scheduled && a.ScheduledFor <= now)
            .Select(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Announcements with work left: sending, or finished without their final report yet.</summary>
    public async Task<IReadOnlyList<Guid>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Announcement>()
            .Where(a => a.State == AnnouncementState.Sending
                || ((a.State == AnnouncementState.Sent || a.State == AnnouncementState.Stopped) && a.FinalReportAt == null))
            .Select(a => a.Id).ToListAsync(cancellationToken);
    }

    private TimeSpan Backoff(int attempts)
    {
        var exponential = _options.RetryBaseDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        var capped = exponential > _options.MaxRetryDelay ? _options.MaxRetryDelay : exponential;
        // Jitter spreads retries of a throttled batch so they do not return as one burst.
        return capped * (0.8 + Random.Shared.NextDouble() * 0.4);
    }
}

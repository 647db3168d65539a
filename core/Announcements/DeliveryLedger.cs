using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verkostot.Core.Email;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Announcements;

/// <summary>
/// An announcement's rows in the outbox, and the one-worker lease on the announcement: rows are planned once
/// (unique per recipient), claimed before sending and settled only by the claim's holder (<see cref="DeliveryOutbox"/>).
/// A row whose claim expired was cut off mid-send; it is in doubt, never sent again.
/// </summary>
public sealed class DeliveryLedger(IDbContextFactory<VerkostotDbContext> contexts, DeliveryOutbox outbox, IOptions<AnnouncementOptions> options,
    IMailer mailer, TimeProvider time)
{
    /// <summary>What the coordinator's report counts as not delivered.</summary>
    public static readonly OutboxState[] FailedStates = [OutboxState.Failed, OutboxState.Unreachable, OutboxState.InDoubt];

    private readonly AnnouncementOptions _options = options.Value;

    /// <summary>
    /// Starts a due scheduled announcement: state Sending and one outbox row per recipient, in one transaction.
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
        db.AddRange(plan(announcement).Select(r => new AnnouncementMessage
        {
            AnnouncementId = id,
            RecipientKey = r.Key,
            Kind = r.Kind,
            PersonId = r.PersonId,
            RecipientName = r.Name,
            EntraObjectId = r.EntraObjectId,
            TeamId = r.TeamId,
            ChannelId = r.ChannelId,
            State = OutboxState.Pending,
            DueAt = now,
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
    public Task<IReadOnlyList<AnnouncementMessage>> ClaimBatchAsync(Guid id, CancellationToken cancellationToken) =>
        ClaimBatchAsync(id, DeliveryChannel.Teams, _options.BatchSize, cancellationToken);

    /// <summary>Claims up to <paramref name="batchSize"/> due rows of one channel's lane (see the overload).</summary>
    public async Task<IReadOnlyList<AnnouncementMessage>> ClaimBatchAsync(Guid id, DeliveryChannel channel, int batchSize, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
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
        var candidates = await outbox.Due(db.Set<AnnouncementMessage>(), channel)
            .Where(d => d.AnnouncementId == id)
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .Take(batchSize)
            .ToListAsync(CancellationToken.None);
        if (candidates.Count == 0)
        {
            return [];
        }
        var claimed = await outbox.ClaimAsync(db.Set<AnnouncementMessage>(), candidates, _options.ClaimLease, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return claimed;
    }

    /// <summary>
    /// Records a send's outcome for the claim's holder. Transient failures go back to pending with a backoff
    /// until the attempts run out.
    /// </summary>
    public Task RecordAsync(AnnouncementMessage row, Delivery delivery, CancellationToken cancellationToken) =>
        RecordAllAsync([(row, delivery)], cancellationToken);

    /// <summary>Records several outcomes in one transaction: one commit instead of one per recipient.</summary>
    public async Task RecordAllAsync(IReadOnlyList<(AnnouncementMessage Row, Delivery Delivery)> outcomes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await outbox.SettleAsync(db, [.. outcomes.Select(o => ((OutboxMessage)o.Row, OutcomeOf(o.Row, o.Delivery)))], cancellationToken);
    }

    /// <summary>Hands back a claimed row that was never sent (the worker is stopping), as if never claimed.</summary>
    public async Task ReleaseAsync(AnnouncementMessage row, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await outbox.SettleAsync(db, [(row, OutboxOutcome.HandedBack())], cancellationToken);
    }

    /// <summary>A stop that came while this row was claimed wins: the row is not retried.</summary>
    public async Task StopPendingIfStoppedAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await outbox.CancelPendingAsync(db.Set<AnnouncementMessage>()
            .Where(d => d.AnnouncementId == id && db.Set<Announcement>().Any(a => a.Id == id && a.State == AnnouncementState.Stopped)), null, cancellationToken);
    }

    /// <summary>
    /// Rows still being sent after their claim expired were cut off by a crash: whether Teams got them is unknown,
    /// so they are in doubt, with that reason, rather than risk a second copy.
    /// </summary>
    public async Task<int> ExpireLeasesAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await outbox.ExpireLeasesAsync(db.Set<AnnouncementMessage>().Where(d => d.AnnouncementId == id), DeliveryReasons.Abandoned, cancellationToken);
    }

    /// <summary>Whether a row of the announcement (of one lane when given) is being sent right now, by this worker or a cut-off one.</summary>
    public async Task<bool> AnySendingAsync(Guid id, CancellationToken cancellationToken, DeliveryChannel? channel = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AnnouncementMessage>()
            .AnyAsync(d => d.AnnouncementId == id && d.State == OutboxState.Sending && (channel == null || d.Channel == channel), cancellationToken);
    }

    /// <summary>When the next row (of one lane when given) waiting for its turn or a retry becomes due; null when none waits.</summary>
    public async Task<DateTimeOffset?> NextAttemptAsync(Guid id, CancellationToken cancellationToken, DeliveryChannel? channel = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Set<AnnouncementMessage>()
            .Where(d => d.AnnouncementId == id && d.State == OutboxState.Pending && (channel == null || d.Channel == channel))
            .Select(d => new { d.DueAt, d.RetryAt })
            .ToListAsync(cancellationToken);
        return due.Count == 0 ? null : due.Min(d => d.RetryAt > d.DueAt ? d.RetryAt.Value : d.DueAt);
    }

    /// <summary>Marks a sending announcement sent once no row is pending or in flight; true when it is finished.</summary>
    public async Task<bool> CompleteIfDoneAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Set<AnnouncementMessage>()
            .AnyAsync(d => d.AnnouncementId == id && (d.State == OutboxState.Pending || d.State == OutboxState.Sending), cancellationToken);
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
        var counts = await db.Set<AnnouncementMessage>()
            .Where(d => d.AnnouncementId == id)
            .GroupBy(d => new { d.State, d.Channel })
            .Select(g => new { g.Key.State, g.Key.Channel, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(Func<OutboxState, bool> states) => counts.Where(c => states(c.State)).Sum(c => c.Count);
        var failures = await db.Set<AnnouncementMessage>().AsNoTracking()
            .Where(d => d.AnnouncementId == id && FailedStates.Contains(d.State))
            .OrderBy(d => d.RecipientName)
            .Select(d => new DeliveryFailure(d.RecipientName, d.LastError ?? ""))
            .ToListAsync(cancellationToken);
        var byEmail = counts.Where(c => c.State == OutboxState.Sent && c.Channel == DeliveryChannel.Email).Sum(c => c.Count);
        return new DeliveryReport(counts.Sum(c => c.Count), Count(s => s == OutboxState.Sent), Count(s => FailedStates.Contains(s)),
            Count(s => s is OutboxState.Pending or OutboxState.Sending), Count(s => s is OutboxState.Cancelled or OutboxState.Expired), failures, byEmail);
    }

    /// <summary>Every row of an announcement, for the CSV export.</summary>
    public async Task<IReadOnlyList<AnnouncementMessage>> RowsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AnnouncementMessage>().AsNoTracking()
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

    private OutboxOutcome OutcomeOf(AnnouncementMessage row, Delivery delivery)
    {
        DateTimeOffset? retryAt = row.Attempts < _options.MaxAttempts ? time.GetUtcNow() + Backoff(row.Attempts) : null;
        var reason = delivery.IsSent ? null : DeliveryReasons.Of(delivery, row.Attempts, row.Channel);
        var outcome = OutboxOutcome.Of(delivery, reason, retryAt, row.Channel);
        // Teams could not deliver it for good (in doubt is not "could not": it may have arrived): e-mail may.
        return mailer.IsEnabled && row is { Kind: RecipientKind.Person, Channel: DeliveryChannel.Teams } && outcome.State is OutboxState.Unreachable or OutboxState.Failed
            ? OutboxOutcome.Handover(DeliveryChannel.Email, reason)
            : outcome;
    }

    private TimeSpan Backoff(int attempts)
    {
        var exponential = _options.RetryBaseDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        var capped = exponential > _options.MaxRetryDelay ? _options.MaxRetryDelay : exponential;
        // Jitter spreads retries of a throttled batch so they do not return as one burst.
        return capped * (0.8 + Random.Shared.NextDouble() * 0.4);
    }
}

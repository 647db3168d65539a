using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Storage;
using Verkostot.Core.Telemetry;

namespace Verkostot.Core.Outbox;

/// <summary>
/// The one claim, lease and settle machinery of everything sent exactly once. A row is claimed with one conditional
/// UPDATE (Pending → Sending with a fresh token and a lease), so that of two senders only one gets it; only the
/// token's holder settles it. A row still Sending after its lease was cut off mid-send: it becomes InDoubt and is
/// never sent again, because nothing can tell whether the recipient already has it. Each feature picks its rows
/// (and the order and locks it claims them in); the states and their changes are made here only.
/// </summary>
public sealed partial class DeliveryOutbox(TimeProvider time, BusinessMetrics metrics, ILogger<DeliveryOutbox> logger)
{
    private const int SettleTries = 3;

    /// <summary>The rows that may be claimed now.</summary>
    public IQueryable<T> Due<T>(IQueryable<T> rows) where T : OutboxMessage
    {
        var now = time.GetUtcNow();
        return rows.Where(r => r.State == OutboxState.Pending && r.DueAt <= now && (r.RetryAt == null || r.RetryAt <= now));
    }

    /// <summary>The rows of one channel's lane that may be claimed now.</summary>
    public IQueryable<T> Due<T>(IQueryable<T> rows, DeliveryChannel channel) where T : OutboxMessage =>
        Due(rows).Where(r => r.Channel == channel);

    /// <summary>
    /// Claims those of <paramref name="ids"/> that are still due, for one sender, and returns them. Runs in the
    /// caller's transaction if it has one (a feature may lock something first to order its claims).
    /// </summary>
    /// <param name="rows">The feature's rows, or one lane of them (<c>rows.Where(r => r.Channel == …)</c>).</param>
    public async Task<IReadOnlyList<T>> ClaimAsync<T>(IQueryable<T> rows, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken)
        where T : OutboxMessage
    {
        var token = Guid.NewGuid();
        var until = time.GetUtcNow() + lease;
        var claimed = await Due(rows).Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, OutboxState.Sending)
                .SetProperty(r => r.ClaimToken, token)
                .SetProperty(r => r.LeaseUntil, until)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
        if (claimed == 0) return [];
        return await rows.AsNoTracking()
            .Where(r => ids.Contains(r.Id) && r.ClaimToken == token && r.State == OutboxState.Sending)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Records outcomes of claimed rows in one transaction, each only if this claim still holds the row, up to 500 rows a
    /// statement (<see cref="OutboxSettleStatement"/>). Retried on a database hiccup: a message the recipient has must be
    /// recorded, or its row would end in doubt.
    /// </summary>
    public async Task SettleAsync(VerkostotDbContext db, IReadOnlyList<(OutboxMessage Row, OutboxOutcome Outcome)> settled, CancellationToken cancellationToken)
    {
        if (settled.Count == 0) return;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                var statement = OutboxSettleStatement.For(db);
                var now = time.GetUtcNow();
                var recorded = new List<(OutboxMessage Row, OutboxOutcome Outcome)>(settled.Count);
                foreach (var chunk in settled.Chunk(OutboxSettleStatement.MaxPerStatement))
                {
                    var ids = await statement.SettleAsync(db, chunk, now);
                    foreach (var (row, outcome) in chunk)
                    {
                        if (ids.Contains(row.Id)) recorded.Add((row, outcome));
                        else LogLostClaim(row.Id, outcome.State);
                    }
                }
                await transaction.CommitAsync(CancellationToken.None);
                Count(recorded);
                return;
            }
            catch (Exception e) when (attempt < SettleTries && e is not OperationCanceledException)
            {
                LogSettleRetry(e, settled[0].Row.Id);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
            }
        }
    }

    /// <summary>Rows whose sender stopped mid-way (still Sending after the lease) become InDoubt.</summary>
    /// <param name="reason">Recorded on each row, in the feature's words.</param>
    public async Task<int> ExpireLeasesAsync<T>(IQueryable<T> rows, string reason, CancellationToken cancellationToken) where T : OutboxMessage
    {
        var now = time.GetUtcNow();
        var expired = await rows.Where(r => r.State == OutboxState.Sending && r.LeaseUntil < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, OutboxState.InDoubt)
                .SetProperty(r => r.ClaimToken, (Guid?)null)
                .SetProperty(r => r.LastError, reason)
                .SetProperty(r => r.CompletedAt, now), cancellationToken);
        // Lanes are not told apart here: the rows' channel is not read back, and Teams is where nearly all are sent.
        metrics.Delivered(BusinessMetrics.FeatureOf(typeof(T)), BusinessMetrics.OutcomeOf(OutboxState.InDoubt), DeliveryChannel.Teams, expired);
        return expired;
    }

    /// <summary>Pending rows will not be sent after all. Rows being sent finish; their sender settles them.</summary>
    /// <param name="reason">Recorded on each row; null keeps the reason of an earlier failed attempt.</param>
    public async Task<int> CancelPendingAsync<T>(IQueryable<T> rows, string? reason, CancellationToken cancellationToken) where T : OutboxMessage
    {
        var now = time.GetUtcNow();
        var cancelled = await rows.Where(r => r.State == OutboxState.Pending)
            .ExecuteUpdateAsync(s =>
            {
                s.SetProperty(r => r.State, OutboxState.Cancelled).SetProperty(r => r.CompletedAt, now);
                if (reason is not null) s.SetProperty(r => r.LastError, reason);
            }, cancellationToken);
        metrics.Delivered(BusinessMetrics.FeatureOf(typeof(T)), BusinessMetrics.OutcomeOf(OutboxState.Cancelled), DeliveryChannel.Teams, cancelled);
        return cancelled;
    }

    /// <summary>Counts what was recorded, once committed: a final state, a retry or a handover; not a row handed back unsent.</summary>
    private void Count(IEnumerable<(OutboxMessage Row, OutboxOutcome Outcome)> recorded)
    {
        foreach (var (row, outcome) in recorded)
        {
            var name = outcome switch
            {
                { IsHandover: true } => "handover",
                { State: OutboxState.Pending, Attempted: true } => "retry",
                { State: OutboxState.Pending } => null,
                _ => BusinessMetrics.OutcomeOf(outcome.State),
            };
            // A handover counts on the lane that failed; a delivery on the channel that delivered it.
            var channel = outcome.IsHandover ? row.Channel : outcome.Channel ?? row.Channel;
            if (name is not null) metrics.Delivered(BusinessMetrics.FeatureOf(row.GetType()), name, channel);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {RowId} was no longer held by this sender when settling as {State}")]
    private partial void LogLostClaim(long rowId, OutboxState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording outbox rows from {FirstRowId} on failed; retrying")]
    private partial void LogSettleRetry(Exception exception, long firstRowId);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>
/// Sends due ledger rows at most once each. A row is claimed with one conditional UPDATE (Pending → Sending with
/// this round's token) so that of two sweepers only one gets it; only the token holder settles it afterwards.
/// A row left in Sending by a sender that stopped is never sent again: after the lease it becomes InDoubt and the
/// coordinator is told, because the port cannot tell whether Teams already has the message.
/// </summary>
public sealed partial class ReminderDelivery(
    IDbContextFactory<VerkostotDbContext> contexts,
    ICatalogSource catalogs,
    IMessenger messenger,
    RecipientLanguage recipientLanguage,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderDelivery> logger)
{
    private ReminderOptions Options => options.Value;

    /// <summary>Sends everything due now, round by round, until nothing due is left.</summary>
    public async Task<DeliveryCounts> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var total = new DeliveryCounts();
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = time.GetUtcNow();
            var due = await db.Set<ReminderEntry>().AsNoTracking()
                .Where(r => r.State == ReminderState.Pending && r.DueAt <= now && (r.RetryAt == null || r.RetryAt <= now))
                .OrderBy(r => r.DueAt).ThenBy(r => r.Id).Select(r => r.Id).Take(Options.BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0) return total;
            total += await ClaimAndSendAsync(db, due, cancellationToken);
        }
    }

    /// <summary>Sends the given rows if they are still pending and due, e.g. a deputy invitation right after "En pääse".</summary>
    public async Task<DeliveryCounts> DeliverAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ClaimAndSendAsync(db, ids, cancellationToken);
    }

    /// <summary>Rows whose sender stopped mid-way (held longer than the lease) become InDoubt.</summary>
    public async Task<int> ExpireLeasesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expiredBefore = time.GetUtcNow() - Options.ClaimLease;
        var count = await db.Set<ReminderEntry>()
            .Where(r => r.State == ReminderState.Sending && r.ClaimedAt < expiredBefore)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, ReminderState.InDoubt)
                .SetProperty(r => r.ClaimToken, (string?)null)
                .SetProperty(r => r.LastError, "sender stopped after claiming"), cancellationToken);
        if (count > 0) LogInDoubt(count);
        return count;
    }

    private async Task<DeliveryCounts> ClaimAndSendAsync(VerkostotDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        var claimed = await db.Set<ReminderEntry>()
            .Where(r => ids.Contains(r.Id) && r.State == ReminderState.Pending && r.DueAt <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, ReminderState.Sending)
                .SetProperty(r => r.ClaimToken, token)
                .SetProperty(r => r.ClaimedAt, now), cancellationToken);
        if (claimed == 0) return new DeliveryCounts();

        var rows = await db.Set<ReminderEntry>().AsNoTracking().Where(r => r.ClaimToken == token).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var meetingIds = rows.Select(r => r.MeetingId).Distinct().ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var answers = (await db.Set<MeetingAttendance>().AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.MeetingId, a.PersonId), a => a.Answer);
        var catalog = await catalogs.GetAsync(cancellationToken);
        var superseded = Superseded(rows);

        var counts = new DeliveryCounts();
        var unsettled = new List<(ReminderEntry Row, Settled Outcome)>();
        var oldest = time.GetTimestamp();
        foreach (var row in rows)
        {
            var outcome = superseded.Contains(row.Id)
                ? Settled.As(ReminderState.Cancelled, "a later reminder replaces it")
                : await SendAsync(db, row, meetings.GetValueOrDefault(row.MeetingId), catalog, answers, cancellationToken);
            if (unsettled.Count == 0) oldest = time.GetTimestamp();
            unsettled.Add((row, outcome));
            counts += outcome.State;
            // Recording in small groups saves a commit per message; the group is bounded in size and age because
            // a crash before recording leaves its messages in doubt.
            if (unsettled.Count >= Options.SettleBatchSize || time.GetElapsedTime(oldest) >= Options.SettleAfter)
            {
                await SettleAsync(db, token, unsettled, cancellationToken);
                unsettled.Clear();
            }
        }
        await SettleAsync(db, token, unsettled, cancellationToken);
        return counts;
    }

    /// <summary>When several reminders of one meeting are due for one person (e.g. after downtime), only the last one goes.</summary>
    private static HashSet<long> Superseded(List<ReminderEntry> rows) =>
    [
        .. rows.Where(r => r.Purpose == ReminderPurpose.Reminder)
            .GroupBy(r => (r.MeetingId, r.PersonId))
            .SelectMany(g => g.OrderBy(r => r.OffsetDays).Skip(1))
            .Select(r => r.Id),
    ];

    private async Task<Settled> SendAsync(
        VerkostotDbContext db, ReminderEntry row, Meeting? meeting, NetworkCatalog catalog,
        Dictionary<(int, string), AttendanceAnswer> answers, CancellationToken cancellationToken)
    {
        if (Obsolete(row, meeting) is { } obsolete) return obsolete;
        if (!catalog.PeopleById.TryGetValue(row.PersonId, out var person))
        {
            return Settled.As(ReminderState.Unreachable, "not in the catalog");
        }
        var language = await recipientLanguage.OfAsync(person, catalog, cancellationToken);
        var notice = await ReminderNoticeBuilder.BuildAsync(db, row, meeting!, catalog, language, answers.TryGetValue((row.MeetingId, row.PersonId), out var a) ? a : null, cancellationToken);
        Delivery delivery;
        try
        {
            delivery = await messenger.SendToPersonAsync(new PersonAddress(person.Id, person.EntraObjectId), notice, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The port reports failures as a Delivery; an exception may have come after Teams took the message.
            LogSendThrew(e, row.Id);
            return Settled.As(ReminderState.InDoubt, e.GetType().Name);
        }
        return delivery.Status switch
        {
            DeliveryStatus.Sent => new Settled(ReminderState.Sent, null, delivery.Sent),
            DeliveryStatus.Unreachable => Settled.As(ReminderState.Unreachable, delivery.Reason),
            DeliveryStatus.PermanentFailure => Settled.As(ReminderState.Failed, delivery.Reason),
            _ when row.Attempts + 1 >= Options.MaxAttempts => Settled.As(ReminderState.Failed, delivery.Reason),
            _ => Settled.As(ReminderState.Pending, delivery.Reason),
        };
    }

    private Settled? Obsolete(ReminderEntry row, Meeting? meeting)
    {
        if (meeting is null) return Settled.As(ReminderState.Cancelled, "meeting deleted");
        if (meeting.StartsAt <= time.GetUtcNow()) return Settled.As(ReminderState.Expired, "meeting started");
        if (meeting.IsCancelled && row.Purpose is not (ReminderPurpose.Cancelled or ReminderPurpose.Undelivered))
        {
            return Settled.As(ReminderState.Cancelled, "meeting cancelled");
        }
        // Moved after this round's planning: the next planning re-times the row.
        if (row.Purpose == ReminderPurpose.Reminder && row.PlannedFor != meeting.StartsAt) return Settled.As(ReminderState.Pending, null, release: true);
        return null;
    }

    private async Task SettleAsync(VerkostotDbContext db, string token, List<(ReminderEntry Row, Settled Outcome)> settled, CancellationToken cancellationToken)
    {
        if (settled.Count == 0) return;
        // A message Teams has taken must be recorded even if the database hiccups, or the row would end InDoubt.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                foreach (var (row, outcome) in settled)
                {
                    await SettleOneAsync(db, row, token, outcome);
                }
                await transaction.CommitAsync(CancellationToken.None);
                return;
            }
            catch (Exception e) when (attempt < 3 && e is not OperationCanceledException)
            {
                LogSettleRetry(e, settled[0].Row.Id);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
            }
        }
    }

    private async Task SettleOneAsync(VerkostotDbContext db, ReminderEntry row, string token, Settled outcome)
    {
        var now = time.GetUtcNow();
        var retry = outcome is { State: ReminderState.Pending, Release: false };
        var attempts = retry ? row.Attempts + 1 : row.Attempts;
        // A released row waits for the next planning to re-time it, rather than being claimed again at once.
        DateTimeOffset? retryAt = retry ? now + Options.RetryDelay * Math.Pow(2, row.Attempts)
            : outcome.Release ? now + TimeSpan.FromMinutes(1) : null;
        var updated = await db.Set<ReminderEntry>()
            .Where(r => r.Id == row.Id && r.ClaimToken == token && r.State == ReminderState.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, outcome.State)
                .SetProperty(r => r.ClaimToken, (string?)null)
                .SetProperty(r => r.Attempts, attempts)
                .SetProperty(r => r.RetryAt, retryAt)
                .SetProperty(r => r.LastError, outcome.Reason)
                .SetProperty(r => r.SentAt, outcome.State == ReminderState.Sent ? now : null)
                .SetProperty(r => r.ConversationId, outcome.Sent == null ? null : outcome.Sent.ConversationId)
                .SetProperty(r => r.ActivityId, outcome.Sent == null ? null : outcome.Sent.ActivityId), CancellationToken.None);
        if (updated == 0) LogLostClaim(row.Id, outcome.State);
    }

    private sealed record Settled(ReminderState State, string? Reason, SentMessage? Sent = null, bool Release = false)
    {
        public static Settled As(ReminderState state, string? reason, bool release = false) => new(state, Truncate(reason), null, release);

        private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} reminder(s) were left in Sending past the lease and are now in doubt; they are not re-sent")]
    private partial void LogInDoubt(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending reminder {ReminderId} threw; marked in doubt and not re-sent")]
    private partial void LogSendThrew(Exception exception, long reminderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} was no longer held by this sender when settling as {State}")]
    private partial void LogLostClaim(long reminderId, ReminderState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording reminders from {FirstReminderId} on failed; retrying")]
    private partial void LogSettleRetry(Exception exception, long firstReminderId);
}

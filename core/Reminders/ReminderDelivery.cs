using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>
/// Sends due reminder rows of the outbox at most once each: claims them (<see cref="DeliveryOutbox"/>), builds
/// each notice from the meeting as it is now, sends it and settles the row. Teams first; a person Teams cannot reach
/// is handed over to e-mail (<see cref="EmailFallback"/>), sent in a second pass with the answer buttons as signed
/// links. A row left Sending by a sender that stopped is never sent again: after the lease it is in doubt and the
/// coordinator is told.
/// </summary>
public sealed partial class ReminderDelivery(
    IDbContextFactory<VerkostotDbContext> contexts,
    ICatalogSource catalogs,
    IMessenger messenger,
    EmailFallback email,
    GraphAccessMonitor access,
    RecipientLanguage recipientLanguage,
    IConversationReferenceStore references,
    DeliveryOutbox outbox,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderDelivery> logger)
{
    private ReminderOptions Options => options.Value;

    /// <summary>Sends everything due now, round by round, until nothing due is left: Teams first, then e-mail.</summary>
    public async Task<DeliveryCounts> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var total = await DeliverDueAsync(DeliveryChannel.Teams, cancellationToken);
        return email.IsEnabled ? total + await DeliverDueAsync(DeliveryChannel.Email, cancellationToken) : total;
    }

    /// <summary>Sends the given rows if they are still pending and due, e.g. a deputy invitation right after "En pääse".</summary>
    public async Task<DeliveryCounts> DeliverAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await ClaimAndSendAsync(db, ids, DeliveryChannel.Teams, cancellationToken);
        return email.IsEnabled ? counts + await ClaimAndSendAsync(db, ids, DeliveryChannel.Email, cancellationToken) : counts;
    }

    private async Task<DeliveryCounts> DeliverDueAsync(DeliveryChannel channel, CancellationToken cancellationToken)
    {
        var total = new DeliveryCounts();
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var due = await outbox.Due(db.Set<ReminderMessage>().AsNoTracking(), channel)
                .OrderBy(r => r.DueAt).ThenBy(r => r.Id).Select(r => r.Id).Take(Options.BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0) return total;
            total += await ClaimAndSendAsync(db, due, channel, cancellationToken);
        }
    }

    /// <summary>Rows whose sender stopped mid-way (held longer than the lease) become InDoubt.</summary>
    public async Task<int> ExpireLeasesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var count = await outbox.ExpireLeasesAsync(db.Set<ReminderMessage>(), "sender stopped after claiming", cancellationToken);
        if (count > 0) LogInDoubt(count);
        return count;
    }

    private async Task<DeliveryCounts> ClaimAndSendAsync(VerkostotDbContext db, IReadOnlyCollection<long> ids, DeliveryChannel channel, CancellationToken cancellationToken)
    {
        var rows = await outbox.ClaimAsync(db.Set<ReminderMessage>().Where(r => r.Channel == channel), ids, Options.ClaimLease, cancellationToken);
        if (rows.Count == 0) return new DeliveryCounts();
        var meetingIds = rows.Select(r => r.MeetingId).Distinct().ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var answers = (await db.Set<MeetingAttendance>().AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.MeetingId, a.PersonId), a => a.Answer);
        var catalog = await catalogs.GetAsync(cancellationToken);
        var superseded = Superseded(rows);
        var problems = await ReminderNoticeBuilder.ProblemsAsync(db, rows, cancellationToken);
        // One query for the 1:1 chats of everyone in the batch, which the language and the messenger each look up.
        await references.PreloadPersonalAsync(
            [.. rows.Select(r => catalog.PeopleById.GetValueOrDefault(r.PersonId)?.EntraObjectId).OfType<string>()], cancellationToken);

        var counts = new DeliveryCounts();
        var unsettled = new List<(OutboxMessage Row, OutboxOutcome Outcome)>();
        var oldest = time.GetTimestamp();
        foreach (var row in rows)
        {
            var outcome = superseded.Contains(row.Id)
                ? OutboxOutcome.Dropped(OutboxState.Cancelled, "a later reminder replaces it")
                : await SendAsync(db, row, meetings.GetValueOrDefault(row.MeetingId), catalog, answers, problems, cancellationToken);
            if (unsettled.Count == 0) oldest = time.GetTimestamp();
            unsettled.Add((row, outcome));
            counts += outcome.State;
            // Recording in small groups saves a commit per message; the group is bounded in size and age because
            // a crash before recording leaves its messages in doubt.
            if (unsettled.Count >= Options.SettleBatchSize || time.GetElapsedTime(oldest) >= Options.SettleAfter)
            {
                await outbox.SettleAsync(db, unsettled, cancellationToken);
                unsettled.Clear();
            }
        }
        await outbox.SettleAsync(db, unsettled, cancellationToken);
        return counts;
    }

    /// <summary>When several reminders of one meeting are due for one person (e.g. after downtime), only the last one goes.</summary>
    private static HashSet<long> Superseded(IReadOnlyList<ReminderMessage> rows) =>
    [
        .. rows.Where(r => r.Purpose == ReminderPurpose.Reminder)
            .GroupBy(r => (r.MeetingId, r.PersonId))
            .SelectMany(g => g.OrderBy(r => r.OffsetDays).Skip(1))
            .Select(r => r.Id),
    ];

    private async Task<OutboxOutcome> SendAsync(
        VerkostotDbContext db, ReminderMessage row, Meeting? meeting, NetworkCatalog catalog,
        Dictionary<(int, string), AttendanceAnswer> answers, ILookup<int, ReminderMessage> problems, CancellationToken cancellationToken)
    {
        if (Obsolete(row, meeting) is { } obsolete) return obsolete;
        if (!catalog.PeopleById.TryGetValue(row.PersonId, out var person))
        {
            return OutboxOutcome.Dropped(OutboxState.Unreachable, "not in the catalog");
        }
        var language = await recipientLanguage.OfAsync(person, catalog, cancellationToken);
        var notice = await ReminderNoticeBuilder.BuildAsync(db, row, meeting!, catalog, language, answers.TryGetValue((row.MeetingId, row.PersonId), out var a) ? a : null, problems, cancellationToken);
        Delivery delivery;
        try
        {
            delivery = row.Channel == DeliveryChannel.Email
                ? await email.SendAsync(person, _ => notice, catalog, meeting!.NetworkId, row.Id, cancellationToken)
                : await messenger.SendToPersonAsync(new PersonAddress(person.Id, person.EntraObjectId), notice, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The port reports failures as a Delivery; an exception may have come after the message was taken.
            LogSendThrew(e, row.Id);
            return OutboxOutcome.Settled(OutboxState.InDoubt, e.GetType().Name);
        }
        if (row.Channel == DeliveryChannel.Teams && !delivery.IsSent)
        {
            await access.ObserveAsync(GraphFeature.Installation, delivery, meeting!.NetworkId, cancellationToken);
        }
        DateTimeOffset? retryAt = row.Attempts < Options.MaxAttempts ? time.GetUtcNow() + Options.RetryDelay * Math.Pow(2, row.Attempts - 1) : null;
        var outcome = OutboxOutcome.Of(delivery, delivery.Reason, retryAt, row.Channel);
        // Teams could not deliver it for good (in doubt is not "could not": it may have arrived): e-mail may.
        return email.IsEnabled && row.Channel == DeliveryChannel.Teams && outcome.State is OutboxState.Unreachable or OutboxState.Failed
            ? OutboxOutcome.Handover(DeliveryChannel.Email, delivery.Reason)
            : outcome;
    }

    private OutboxOutcome? Obsolete(ReminderMessage row, Meeting? meeting)
    {
        if (meeting is null) return OutboxOutcome.Dropped(OutboxState.Cancelled, "meeting deleted");
        if (meeting.StartsAt <= time.GetUtcNow()) return OutboxOutcome.Dropped(OutboxState.Expired, "meeting started");
        if (meeting.IsCancelled && row.Purpose is not (ReminderPurpose.Cancelled or ReminderPurpose.Undelivered))
        {
            return OutboxOutcome.Dropped(OutboxState.Cancelled, "meeting cancelled");
        }
        // Moved after this round's planning: the next planning re-times the row, rather than it being claimed again at once.
        if (row.Purpose == ReminderPurpose.Reminder && row.PlannedFor != meeting.StartsAt) return OutboxOutcome.HandedBack(time.GetUtcNow() + TimeSpan.FromMinutes(1));
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} reminder(s) were left in Sending past the lease and are now in doubt; they are not re-sent")]
    private partial void LogInDoubt(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending reminder {ReminderId} threw; marked in doubt and not re-sent")]
    private partial void LogSendThrew(Exception exception, long reminderId);
}

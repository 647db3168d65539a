using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>
/// Brings the reminders' outbox rows in line with the meetings: adds the rows the policy asks for, re-times unsent
/// ones after a move, and adds move and cancellation notices for people already reminded. Safe on several instances
/// at once: a reminder another instance added first is skipped (<see cref="OutboxInsertStatement{T}"/>), a notice's
/// insert collides on the unique key (the loser re-reads and carries on) and state changes are conditional UPDATEs.
/// </summary>
public sealed class ReminderPlanner(DeliveryOutbox outbox, TimeProvider time)
{
    private static readonly ReminderPurpose[] ToldAboutMeeting = [ReminderPurpose.Reminder, ReminderPurpose.DeputyInvitation, ReminderPurpose.Moved];

    public async Task<int> PlanAsync(VerkostotDbContext db, NetworkCatalog catalog, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PlanOnceAsync(db, catalog, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance planned the same rows first; what it added is read on the next round.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> PlanOnceAsync(VerkostotDbContext db, NetworkCatalog catalog, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var schedule = new ReminderSchedule(await db.Set<ReminderPolicy>().AsNoTracking().ToListAsync(cancellationToken));
        var meetings = await RelevantMeetingsAsync(db, now, schedule, cancellationToken);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var rows = (await db.Set<ReminderMessage>().AsNoTracking().Where(r => meetingIds.Contains(r.MeetingId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.MeetingId);

        var missing = new List<ReminderMessage>();
        foreach (var meeting in meetings.Where(m => !m.IsCancelled && m.StartsAt > now))
        {
            AddMissingReminders(missing, meeting, ReminderRecipients.Of(catalog, meeting), schedule, rows[meeting.Id]);
        }
        // Together, as one save was: a few statements of hundreds of rows. A row another instance added first is skipped.
        var added = 0;
        if (missing.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            added = await OutboxInsertStatement<ReminderMessage>.For(db).InsertAsync(db, missing, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var meeting in meetings)
        {
            var existing = rows[meeting.Id].ToList();
            if (meeting.IsCancelled)
            {
                added += await PlanCancellationAsync(db, meeting, existing, now, cancellationToken);
            }
            else if (meeting.StartsAt > now)
            {
                await ForgetLeaversAsync(db, existing, ReminderRecipients.Of(catalog, meeting), cancellationToken);
                await RetimeAsync(db, meeting, schedule, existing, cancellationToken);
                added += await PlanMoveNoticesAsync(db, meeting, existing, now, cancellationToken);
            }
        }
        return added;
    }

    /// <summary>Meetings whose reminders may be due soon, and meetings the outbox already has rows for (they may have moved away).</summary>
    private static async Task<List<Meeting>> RelevantMeetingsAsync(VerkostotDbContext db, DateTimeOffset now, ReminderSchedule schedule, CancellationToken cancellationToken)
    {
        var from = now.AddDays(-1);
        var until = now.AddDays(schedule.MaxDaysBefore + 2);
        var inOutbox = await db.Set<ReminderMessage>().Where(r => r.PlannedFor >= from)
            .Select(r => r.MeetingId).Distinct().ToListAsync(cancellationToken);
        return await db.Meetings.AsNoTracking()
            .Where(m => (m.StartsAt >= from && m.StartsAt <= until) || inOutbox.Contains(m.Id))
            .ToListAsync(cancellationToken);
    }

    private static void AddMissingReminders(List<ReminderMessage> missing, Meeting meeting, IReadOnlyList<string> recipients, ReminderSchedule schedule, IEnumerable<ReminderMessage> existing)
    {
        var keys = existing.Select(r => (r.PersonId, r.Key)).ToHashSet();
        foreach (var offset in schedule.OffsetsFor(meeting.NetworkId, meeting.Kind))
        {
            foreach (var personId in recipients.Where(p => !keys.Contains((p, offset.Key))))
            {
                missing.Add(new ReminderMessage
                {
                    MeetingId = meeting.Id,
                    PersonId = personId,
                    Purpose = ReminderPurpose.Reminder,
                    Key = offset.Key,
                    OffsetDays = offset.DaysBefore,
                    DueAt = offset.DueFor(meeting.StartsAt),
                    PlannedFor = meeting.StartsAt,
                    State = OutboxState.Pending,
                });
            }
        }
    }

    /// <summary>Unsent reminders of people no longer in the presidium are not sent.</summary>
    private async Task ForgetLeaversAsync(VerkostotDbContext db, List<ReminderMessage> existing, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        var current = recipients.ToHashSet();
        var leavers = existing.Where(r => r.Purpose == ReminderPurpose.Reminder && r.State == OutboxState.Pending && !current.Contains(r.PersonId))
            .Select(r => r.Id).ToList();
        if (leavers.Count == 0) return;
        await outbox.CancelPendingAsync(db.Set<ReminderMessage>().Where(r => leavers.Contains(r.Id)), "no longer a recipient", cancellationToken);
    }

    /// <summary>After a move, unsent rows follow the meeting to its new time.</summary>
    private static async Task RetimeAsync(VerkostotDbContext db, Meeting meeting, ReminderSchedule schedule, List<ReminderMessage> existing, CancellationToken cancellationToken)
    {
        var offsets = schedule.OffsetsFor(meeting.NetworkId, meeting.Kind).ToDictionary(o => o.Key);
        foreach (var row in existing.Where(r => r.State == OutboxState.Pending && r.PlannedFor != meeting.StartsAt))
        {
            var due = row.Purpose == ReminderPurpose.Reminder
                ? (offsets.GetValueOrDefault(row.Key) ?? new ReminderOffset(row.OffsetDays, ReminderPolicyDefaults.SendAt)).DueFor(meeting.StartsAt)
                : row.DueAt;
            await db.Set<ReminderMessage>().Where(r => r.Id == row.Id && r.State == OutboxState.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DueAt, due).SetProperty(r => r.PlannedFor, meeting.StartsAt), cancellationToken);
        }
    }

    /// <summary>
    /// Everyone already told a time that is no longer right gets one move notice. The notice and the new
    /// "told about" time are written in one transaction, so a crash cannot lead to a second notice.
    /// </summary>
    private static async Task<int> PlanMoveNoticesAsync(VerkostotDbContext db, Meeting meeting, List<ReminderMessage> existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outdated = existing
            .Where(r => r.State == OutboxState.Sent && ToldAboutMeeting.Contains(r.Purpose) && r.PlannedFor != meeting.StartsAt)
            .GroupBy(r => r.PersonId).ToList();
        foreach (var person in outdated)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var moves = existing.Count(r => r.PersonId == person.Key && r.Purpose == ReminderPurpose.Moved);
            db.Add(new ReminderMessage
            {
                MeetingId = meeting.Id,
                PersonId = person.Key,
                Purpose = ReminderPurpose.Moved,
                Key = $"moved/{moves + 1}",
                DueAt = now,
                PlannedFor = meeting.StartsAt,
                PreviousStartsAt = person.Max(r => r.PlannedFor),
                State = OutboxState.Pending,
            });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var told = person.Select(r => r.Id).ToList();
            await db.Set<ReminderMessage>().Where(r => told.Contains(r.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.PlannedFor, meeting.StartsAt), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return outdated.Count;
    }

    /// <summary>Unsent messages are dropped; everyone who was told about the meeting hears it is off.</summary>
    private async Task<int> PlanCancellationAsync(VerkostotDbContext db, Meeting meeting, List<ReminderMessage> existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await outbox.CancelPendingAsync(db.Set<ReminderMessage>()
            .Where(r => r.MeetingId == meeting.Id && r.Purpose != ReminderPurpose.Cancelled && r.Purpose != ReminderPurpose.Undelivered), "meeting cancelled", cancellationToken);
        if (meeting.StartsAt <= now) return 0;
        var hasNotice = existing.Where(r => r.Purpose == ReminderPurpose.Cancelled).Select(r => r.PersonId).ToHashSet();
        var told = existing.Where(r => r.State == OutboxState.Sent && ToldAboutMeeting.Contains(r.Purpose) && !hasNotice.Contains(r.PersonId))
            .Select(r => r.PersonId).Distinct().ToList();
        foreach (var personId in told)
        {
            db.Add(new ReminderMessage
            {
                MeetingId = meeting.Id,
                PersonId = personId,
                Purpose = ReminderPurpose.Cancelled,
                Key = "cancelled",
                DueAt = now,
                PlannedFor = meeting.StartsAt,
                State = OutboxState.Pending,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return told.Count;
    }
}

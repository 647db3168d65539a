using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders.Notices;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>
/// "Osallistun" / "En pääse" on a reminder or a deputy invitation: records the answer and, when a presidium member
/// cannot come, invites their deputy at once. Returns the notice to show in place of the clicked card.
/// </summary>
public sealed class RsvpService(
    IDbContextFactory<VerkostotDbContext> contexts,
    ICatalogSource catalogs,
    ReminderDelivery delivery,
    TimeProvider time)
{
    /// <param name="language">The clicked card's, so that the card that replaces it speaks the same language.</param>
    public Task<Notice?> AnswerAsync(long reminderId, string? aadObjectId, AttendanceAnswer answer, Language language, CancellationToken cancellationToken) =>
        AnswerAsync(reminderId, (catalog, _) => aadObjectId is not null && catalog.PeopleByEntraObjectId.TryGetValue(aadObjectId, out var person) ? person : null,
            answer, language, cancellationToken);

    /// <summary>
    /// The same answer from a signed link in the reminder's e-mail: the link was made for the row's recipient, so the
    /// row says who answers. Everything else, the deputy's invitation included, is exactly as for the card's buttons.
    /// </summary>
    public Task<Notice?> AnswerAsRecipientAsync(long reminderId, AttendanceAnswer answer, Language language, CancellationToken cancellationToken) =>
        AnswerAsync(reminderId, (catalog, row) => catalog.PeopleById.GetValueOrDefault(row.PersonId), answer, language, cancellationToken);

    /// <summary>The meeting a reminder or invitation is about, for a page that asks before answering; null when either is gone.</summary>
    public async Task<MeetingDetails?> MeetingOfAsync(long reminderId, Language language, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meetingId = await db.Set<ReminderMessage>().Where(r => r.Id == reminderId && (r.Purpose == ReminderPurpose.Reminder || r.Purpose == ReminderPurpose.DeputyInvitation))
            .Select(r => (int?)r.MeetingId).FirstOrDefaultAsync(cancellationToken);
        var meeting = meetingId is null ? null : await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        return meeting is null ? null : MeetingDetails.From(meeting, await catalogs.GetAsync(cancellationToken), language);
    }

    private async Task<Notice?> AnswerAsync(long reminderId, Func<NetworkCatalog, ReminderMessage, Person?> whoAnswers, AttendanceAnswer answer,
        Language language, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ReminderMessage>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reminderId, cancellationToken);
        if (row is not { Purpose: ReminderPurpose.Reminder or ReminderPurpose.DeputyInvitation }) return null;
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == row.MeetingId, cancellationToken);
        if (meeting is null) return null;
        var catalog = await catalogs.GetAsync(cancellationToken);

        if (whoAnswers(catalog, row) is not { } person || person.Id != row.PersonId)
        {
            return Card(row, meeting, catalog, language, null, RsvpOutcome.NotYours);
        }
        if (meeting.IsCancelled || meeting.StartsAt <= time.GetUtcNow())
        {
            return Card(row, meeting, catalog, language, null, RsvpOutcome.Closed);
        }

        var asDeputy = row.Purpose == ReminderPurpose.DeputyInvitation;
        await SaveAnswerAsync(db, meeting.Id, person.Id, answer, asDeputy ? row.AboutPersonId : null, time.GetUtcNow(), cancellationToken);
        if (answer == AttendanceAnswer.Attending)
        {
            return Card(row, meeting, catalog, language, answer, asDeputy ? RsvpOutcome.AttendingAsDeputy : RsvpOutcome.Attending);
        }
        if (asDeputy || ReminderRecipients.SeatOfMember(catalog, meeting, person.Id)?.DeputyId is not { } deputyId)
        {
            return Card(row, meeting, catalog, language, answer, RsvpOutcome.NotAttending);
        }
        var reached = await InviteDeputyAsync(db, meeting, person.Id, deputyId, cancellationToken);
        return Card(row, meeting, catalog, language, answer,
            reached ? RsvpOutcome.NotAttendingDeputyInvited : RsvpOutcome.NotAttendingDeputyUnreachable,
            ReminderNoticeBuilder.NameOf(catalog, deputyId));
    }

    /// <summary>
    /// An attendee's answer in Outlook, read back by the calendar sync. Recorded as the card's buttons record it when it
    /// is newer than the answer the bot has (the newest answer wins, wherever it was given); a member's decline invites
    /// the deputy just as "En pääse" does. False when nothing changed.
    /// </summary>
    public async Task<bool> RecordFromOutlookAsync(int meetingId, string personId, AttendanceAnswer answer, DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null || meeting.IsCancelled || meeting.StartsAt <= time.GetUtcNow()) return false;
        var saved = await db.Set<MeetingAttendance>().AsNoTracking().FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.PersonId == personId, cancellationToken);
        if (saved is not null && (saved.AnsweredAt >= answeredAt || saved.Answer == answer)) return false;
        // Someone invited as a deputy answers as one, as from their invitation card.
        var standsInFor = await db.Set<ReminderMessage>().AsNoTracking()
            .Where(r => r.MeetingId == meetingId && r.PersonId == personId && r.Purpose == ReminderPurpose.DeputyInvitation)
            .Select(r => r.AboutPersonId).FirstOrDefaultAsync(cancellationToken);
        await SaveAnswerAsync(db, meetingId, personId, answer, standsInFor, answeredAt, cancellationToken);
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (answer == AttendanceAnswer.NotAttending && standsInFor is null && ReminderRecipients.SeatOfMember(catalog, meeting, personId)?.DeputyId is { } deputyId)
        {
            await InviteDeputyAsync(db, meeting, personId, deputyId, cancellationToken);
        }
        return true;
    }

    private async Task SaveAnswerAsync(VerkostotDbContext db, int meetingId, string personId, AttendanceAnswer answer, string? standsInFor,
        DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var saved = await db.Set<MeetingAttendance>().FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.PersonId == personId, cancellationToken);
            if (saved is null)
            {
                saved = new MeetingAttendance { MeetingId = meetingId, PersonId = personId };
                db.Add(saved);
            }
            saved.Answer = answer;
            saved.AnsweredAt = answeredAt;
            saved.StandsInForPersonId = standsInFor;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // A double click raced this one to the insert; update the row it made.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>One invitation per member and meeting (the outbox row's key), sent now; the sweep retries it if this send fails transiently.</summary>
    private async Task<bool> InviteDeputyAsync(VerkostotDbContext db, Meeting meeting, string memberId, string deputyId, CancellationToken cancellationToken)
    {
        var key = $"deputy/{memberId}";
        var invitation = await db.Set<ReminderMessage>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.MeetingId == meeting.Id && r.PersonId == deputyId && r.Key == key, cancellationToken);
        if (invitation is null)
        {
            invitation = new ReminderMessage
            {
                MeetingId = meeting.Id,
                PersonId = deputyId,
                Purpose = ReminderPurpose.DeputyInvitation,
                Key = key,
                AboutPersonId = memberId,
                DueAt = time.GetUtcNow(),
                PlannedFor = meeting.StartsAt,
                State = OutboxState.Pending,
            };
            db.Add(invitation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                invitation = await db.Set<ReminderMessage>().AsNoTracking()
                    .FirstAsync(r => r.MeetingId == meeting.Id && r.PersonId == deputyId && r.Key == key, cancellationToken);
            }
        }
        await delivery.DeliverAsync([invitation.Id], cancellationToken);
        var state = await db.Set<ReminderMessage>().AsNoTracking().Where(r => r.Id == invitation.Id).Select(r => r.State).FirstAsync(cancellationToken);
        return state is OutboxState.Sent or OutboxState.Pending or OutboxState.Sending;
    }

    private static Notice Card(ReminderMessage row, Meeting meeting, NetworkCatalog catalog, Language language, AttendanceAnswer? answer, RsvpOutcome outcome, string? deputyName = null)
    {
        var details = MeetingDetails.From(meeting, catalog, language);
        return row.Purpose == ReminderPurpose.DeputyInvitation
            ? new DeputyInvitationNotice(language, details, row.Id, ReminderNoticeBuilder.NameOf(catalog, row.AboutPersonId), answer, outcome)
            : new MeetingReminderNotice(language, details, row.Id, answer, outcome, deputyName);
    }
}

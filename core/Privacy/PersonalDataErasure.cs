using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Privacy;

/// <summary>
/// Removes a person from the database (the right to erasure, GDPR art. 17), in one transaction: their own rows are
/// deleted; rows that others' counts and reports rest on (a delivery, an answer to a past meeting, a change log entry,
/// an announcement they wrote) stay, with the person replaced by <see cref="ErasedPerson"/>. Messages still waiting
/// for the person are cancelled.
/// </summary>
public sealed partial class PersonalDataErasure(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time, ILogger<PersonalDataErasure> logger)
{
    public const string Reason = "Erased";

    public async Task<IReadOnlyList<ErasedTable>> EraseAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await SubjectRows.LoadAsync(db, subject, cancellationToken);
            var erased = await EraseAsync(db, rows, subject, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Erased(logger, erased.Sum(t => t.Deleted), erased.Sum(t => t.Anonymized));
            return erased;
        });
    }

    private async Task<IReadOnlyList<ErasedTable>> EraseAsync(VerkostotDbContext db, SubjectRows rows, DataSubject subject, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = subject.PersonId;
        var meetingIds = rows.Answers.Select(a => a.MeetingId).Distinct().ToList();
        var pastMeetings = (await db.Meetings.Where(m => meetingIds.Contains(m.Id) && m.StartsAt <= now).Select(m => m.Id)
            .ToListAsync(cancellationToken)).ToHashSet();

        db.RemoveRange(rows.People);
        db.RemoveRange(rows.Memberships);
        db.RemoveRange(rows.Roles);
        foreach (var seat in rows.Seats)
        {
            if (seat.MemberId == id) seat.MemberId = null;
            if (seat.DeputyId == id) seat.DeputyId = null;
        }
        // A 1:1 chat is the person's; a channel's reference stays for posts, without its last speaker.
        var personal = rows.Conversations.Where(c => c.ConversationType == "personal").ToList();
        db.RemoveRange(personal);
        foreach (var channel in rows.Conversations.Except(personal))
        {
            (channel.UserId, channel.UserName, channel.UserAadObjectId) = (null, null, null);
        }
        db.RemoveRange(rows.Installations);
        db.RemoveRange(rows.EmailOptOuts);
        db.RemoveRange(rows.Inbox);

        // An answer to a meeting still to come goes (the person will not be there); past ones stay in the counts.
        var futureAnswers = rows.Answers.Where(a => a.PersonId == id && !pastMeetings.Contains(a.MeetingId)).ToList();
        db.RemoveRange(futureAnswers);
        foreach (var answer in rows.Answers.Except(futureAnswers))
        {
            if (answer.PersonId == id) answer.PersonId = ErasedPerson.Id(answer.Id);
            if (answer.StandsInForPersonId == id) answer.StandsInForPersonId = ErasedPerson.Id(answer.Id);
        }

        foreach (var reminder in rows.Reminders)
        {
            if (reminder.PersonId == id)
            {
                reminder.PersonId = ErasedPerson.Id(reminder.Id);
                Forget(reminder, now);
            }
            if (reminder.AboutPersonId == id) reminder.AboutPersonId = ErasedPerson.Id(reminder.Id);
            if (id is not null) reminder.Key = SlugReplaced(reminder.Key, id, ErasedPerson.Id(reminder.Id));
        }
        foreach (var delivery in rows.AnnouncementDeliveries)
        {
            delivery.PersonId = null;
            delivery.EntraObjectId = null;
            delivery.RecipientName = ErasedPerson.Name;
            delivery.RecipientKey = "erased:" + delivery.Id;
            Forget(delivery, now);
        }
        foreach (var report in rows.UnansweredReports)
        {
            report.PersonId = ErasedPerson.Id(report.Id);
            Forget(report, now);
        }
        foreach (var announcement in rows.AnnouncementsAuthored)
        {
            announcement.AuthorPersonId = ErasedPerson.Id(0);
            announcement.AuthorEntraObjectId = ErasedPerson.Id(0);
            // The live report card sits in the author's chat.
            (announcement.ReportConversationId, announcement.ReportActivityId, announcement.ReportEndpoint) = (null, null, null);
        }
        foreach (var change in rows.ChangeLog)
        {
            if (change.ActorPersonId == id || change.ActorName == subject.Name)
            {
                (change.ActorPersonId, change.ActorName) = (null, ErasedPerson.Name);
            }
            if (id is not null)
            {
                change.EntityId = SlugReplaced(change.EntityId, id, ErasedPerson.Id(change.Id));
                change.Summary = SlugReplaced(change.Summary, id, ErasedPerson.Id(change.Id));
            }
        }

        return
        [
            new("people", rows.People.Count, 0),
            new("networkMemberships", rows.Memberships.Count, 0),
            new("roleAssignments", rows.Roles.Count, 0),
            new("seats", 0, rows.Seats.Count),
            new("conversationReferences", personal.Count, rows.Conversations.Count - personal.Count),
            new("personalInstallations", rows.Installations.Count, 0),
            new("emailOptOuts", rows.EmailOptOuts.Count, 0),
            new("meetingAnswers", futureAnswers.Count, rows.Answers.Count - futureAnswers.Count),
            new("reminderMessages", 0, rows.Reminders.Count),
            new("announcementDeliveries", 0, rows.AnnouncementDeliveries.Count),
            new("announcementsAuthored", 0, rows.AnnouncementsAuthored.Count),
            new("unansweredQuestionReports", 0, rows.UnansweredReports.Count),
            new("changeLog", 0, rows.ChangeLog.Count),
            new("inbox", rows.Inbox.Count, 0),
        ];
    }

    /// <summary>
    /// The chat a message went to is the person's: forgotten. One still waiting is cancelled rather than deleted, so
    /// that its announcement's or meeting's counts still add up.
    /// </summary>
    private static void Forget(OutboxMessage message, DateTimeOffset now)
    {
        (message.ConversationId, message.ActivityId) = (null, null);
        if (message.State == OutboxState.Pending)
        {
            (message.State, message.CompletedAt, message.LastError) = (OutboxState.Cancelled, now, Reason);
        }
    }

    private static string SlugReplaced(string text, string slug, string replacement) =>
        SubjectRows.Slug(slug).Replace(text, replacement);

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased a person: {Deleted} rows deleted, {Anonymized} rows anonymized")]
    private static partial void Erased(ILogger logger, int deleted, int anonymized);
}

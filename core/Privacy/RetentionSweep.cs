using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Core.Announcements;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Email;
using Verkostot.Core.Inbox;
using Verkostot.Core.Outbox;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Privacy;

/// <summary>
/// Removes personal data the bot gathered while working once <see cref="RetentionOptions"/> says it is no longer
/// needed. Every step deletes by age and state only, so running it twice, or on two instances at once, removes
/// nothing more and fails on nothing.
/// </summary>
public sealed partial class RetentionSweep(
    IDbContextFactory<VerkostotDbContext> contexts, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionSweep> logger)
{
    private const int Chunk = 500;

    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var formerBefore = now.AddDays(-settings.FormerMemberDays);
        var changesBefore = now.AddMonths(-settings.ChangeLogMonths);
        var inboxBefore = now.AddDays(-settings.InboxDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await NetworkPeople.SinceAsync(db, HelsinkiTime.DayOf(formerBefore), cancellationToken);
        var (references, speakers) = await ForgetConversationsAsync(db, people, formerBefore, cancellationToken);
        var result = new RetentionResult(
            Announcements: await DeleteAnnouncementsAsync(db, now.AddMonths(-settings.DeliveryMonths), cancellationToken),
            ReminderMessages: await DeleteReminderMessagesAsync(db, now.AddMonths(-settings.DeliveryMonths), cancellationToken),
            UnansweredReports: await DeleteUnansweredReportsAsync(db, now.AddMonths(-settings.DeliveryMonths), cancellationToken),
            Answers: await DeleteAnswersAsync(db, now.AddMonths(-settings.AnswerMonths), cancellationToken),
            ConversationReferences: references,
            ChannelSpeakersForgotten: speakers,
            Installations: await DeleteInstallationsAsync(db, people, formerBefore, cancellationToken),
            EmailOptOuts: await DeleteOptOutsAsync(db, people, formerBefore, cancellationToken),
            ChangeLogEntries: await db.Set<ChangeLogEntry>().Where(e => e.At < changesBefore)
                .ExecuteDeleteAsync(cancellationToken),
            InboxActivities: await db.Set<InboxActivity>().Where(a => a.ReceivedAt < inboxBefore)
                .ExecuteDeleteAsync(cancellationToken));
        Swept(logger, result.Announcements, result.ReminderMessages, result.UnansweredReports, result.Answers, result.ConversationReferences,
            result.ChannelSpeakersForgotten, result.Installations, result.EmailOptOuts, result.ChangeLogEntries, result.InboxActivities);
        return result;
    }

    /// <summary>Finished announcements (and drafts never sent), with every recipient's delivery row.</summary>
    private static async Task<int> DeleteAnnouncementsAsync(VerkostotDbContext db, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var old = db.Set<Announcement>().Where(a =>
            a.State != AnnouncementState.Scheduled && a.State != AnnouncementState.Sending
            && a.CreatedAt < before && (a.FinishedAt == null || a.FinishedAt < before));
        var ids = await old.Select(a => a.Id).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var chunk in ids.Chunk(Chunk))
        {
            // The foreign key cascades too; deleting the rows first does not depend on SQLite's foreign key setting.
            await db.Set<AnnouncementMessage>().Where(m => chunk.Contains(m.AnnouncementId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Set<Announcement>().Where(a => chunk.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        return deleted;
    }

    /// <summary>Reminder rows of meetings long past; never one being sent, nor one the planner still needs.</summary>
    private static Task<int> DeleteReminderMessagesAsync(VerkostotDbContext db, DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Set<ReminderMessage>()
            .Where(r => r.State != OutboxState.Sending && r.PlannedFor < before && r.DueAt < before
                && (r.CompletedAt == null || r.CompletedAt < before))
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>The coordinators' monthly cards of unanswered questions, long after they were due.</summary>
    private static Task<int> DeleteUnansweredReportsAsync(VerkostotDbContext db, DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Set<UnansweredReportMessage>()
            .Where(r => r.State != OutboxState.Sending && r.DueAt < before && (r.CompletedAt == null || r.CompletedAt < before))
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>Answers given long ago to meetings long past (an answer to a meeting still to come stays).</summary>
    private static Task<int> DeleteAnswersAsync(VerkostotDbContext db, DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Set<MeetingAttendance>()
            .Where(a => a.AnsweredAt < before && !db.Meetings.Any(m => m.Id == a.MeetingId && m.StartsAt >= before))
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// 1:1 chats with former members are forgotten; in a channel or group chat's reference (still needed for posts)
    /// only the former member who spoke last is.
    /// </summary>
    private static async Task<(int References, int Speakers)> ForgetConversationsAsync(
        VerkostotDbContext db, NetworkPeople people, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var stale = await db.ConversationReferences
            .Where(c => c.UpdatedAt < before && (c.UserAadObjectId != null || c.UserId != null || c.UserName != null))
            .Select(c => new { c.Id, c.UserAadObjectId, c.ConversationType })
            .ToListAsync(cancellationToken);
        var former = stale.Where(c => c.UserAadObjectId is null || !people.EntraObjectIds.Contains(c.UserAadObjectId)).ToList();
        var references = 0;
        var speakers = 0;
        foreach (var chunk in former.Where(c => c.ConversationType == "personal").Select(c => c.Id).Chunk(Chunk))
        {
            references += await db.ConversationReferences.Where(c => chunk.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        foreach (var chunk in former.Where(c => c.ConversationType != "personal").Select(c => c.Id).Chunk(Chunk))
        {
            speakers += await db.ConversationReferences.Where(c => chunk.Contains(c.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.UserId, (string?)null)
                .SetProperty(c => c.UserName, (string?)null)
                .SetProperty(c => c.UserAadObjectId, (string?)null), cancellationToken);
        }
        return (references, speakers);
    }

    private static async Task<int> DeleteInstallationsAsync(
        VerkostotDbContext db, NetworkPeople people, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var stale = await db.Set<PersonalInstallation>().Where(i => i.UpdatedAt < before).Select(i => i.AadObjectId).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var chunk in stale.Where(id => !people.EntraObjectIds.Contains(id)).Chunk(Chunk))
        {
            deleted += await db.Set<PersonalInstallation>().Where(i => chunk.Contains(i.AadObjectId)).ExecuteDeleteAsync(cancellationToken);
        }
        return deleted;
    }

    private static async Task<int> DeleteOptOutsAsync(
        VerkostotDbContext db, NetworkPeople people, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var stale = await db.Set<EmailOptOut>().Where(o => o.OptedOutAt < before).Select(o => o.PersonId).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var chunk in stale.Where(id => !people.PersonIds.Contains(id)).Chunk(Chunk))
        {
            deleted += await db.Set<EmailOptOut>().Where(o => chunk.Contains(o.PersonId)).ExecuteDeleteAsync(cancellationToken);
        }
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Retention sweep removed {Announcements} announcements, {ReminderMessages} reminder rows, {UnansweredReports} unanswered question cards, {Answers} answers, " +
        "{ConversationReferences} 1:1 conversation references, {Speakers} channel speakers, {Installations} installation outcomes, " +
        "{OptOuts} e-mail opt-outs, {ChangeLogEntries} change log entries, {InboxActivities} inbox rows")]
    private static partial void Swept(ILogger logger, int announcements, int reminderMessages, int unansweredReports, int answers, int conversationReferences,
        int speakers, int installations, int optOuts, int changeLogEntries, int inboxActivities);
}

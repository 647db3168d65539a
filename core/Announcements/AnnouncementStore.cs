using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Announcements;

/// <summary>
/// Drafts and the coordinator's decisions about them. Every state change is a conditional update on the current
/// state, so two clicks (or two instances) can never both win; the change log entry of the one that wins is saved
/// in the same transaction (field names only, never the text).
/// </summary>
public sealed class AnnouncementStore(IDbContextFactory<VerkostotDbContext> contexts, DeliveryOutbox outbox, ChangeLogWriter changeLog, TimeProvider time)
{
    public async Task<Announcement> CreateDraftAsync(AnnouncementAuthor author, ValidDraft draft, CancellationToken cancellationToken)
    {
        var announcement = new Announcement
        {
            Id = Guid.NewGuid(),
            NetworkId = draft.NetworkId,
            AuthorPersonId = author.Person.Id,
            AuthorEntraObjectId = author.Person.EntraObjectId!,
            Title = draft.Title,
            Text = draft.Text,
            LinkUrl = draft.LinkUrl,
            Audience = draft.Audience,
            State = AnnouncementState.Draft,
            CreatedAt = time.GetUtcNow(),
            ScheduledFor = draft.ScheduledFor,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(announcement);
        Log(db, author, announcement.Id, announcement.NetworkId, ChangeAction.Added, []);
        await db.SaveChangesAsync(cancellationToken);
        return announcement;
    }

    /// <summary>Replaces a draft's content after "Muokkaa"; only a draft can be edited.</summary>
    public async Task<AnnouncementChange> UpdateDraftAsync(Guid id, AnnouncementAuthor author, ValidDraft draft, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var before = await FindAsync(db, id, cancellationToken);
        var updated = await LoggedAsync(db, author, id, draft.NetworkId, ChangeAction.Changed, before is null ? [] : ChangedFields(before, draft), () => db.Set<Announcement>()
            .Where(a => a.Id == id && a.State == AnnouncementState.Draft && a.NetworkId == draft.NetworkId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Title, draft.Title)
                .SetProperty(a => a.Text, draft.Text)
                .SetProperty(a => a.LinkUrl, draft.LinkUrl)
                .SetProperty(a => a.Audience, draft.Audience)
                .SetProperty(a => a.ScheduledFor, draft.ScheduledFor), cancellationToken), cancellationToken);
        var announcement = await FindAsync(db, id, cancellationToken);
        return Authorised(announcement, author) is { } refusal ? refusal
            : updated == 1 ? AnnouncementChange.Of(announcement!)
            : AnnouncementChange.Refused(announcement, AnnouncementRefusal.NoLongerEditable);
    }

    /// <summary>
    /// "Lähetä": the draft becomes scheduled (for now or its time) and remembers the author's card to update with
    /// the report.
    /// </summary>
    public async Task<AnnouncementChange> ConfirmAsync(Guid id, AnnouncementAuthor author, ReportCardLocation? reportCard,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var announcement = await FindAsync(db, id, cancellationToken);
        if (Authorised(announcement, author) is { } refusal)
        {
            return refusal;
        }
        var now = time.GetUtcNow();
        if (announcement!.ScheduledFor is { } at && at <= now)
        {
            return AnnouncementChange.Refused(announcement, AnnouncementRefusal.TimePassed);
        }
        var scheduledFor = announcement.ScheduledFor ?? now;
        var updated = await LoggedAsync(db, author, id, announcement.NetworkId, ChangeAction.Scheduled, ["state", "scheduledFor"], () => db.Set<Announcement>()
            .Where(a => a.Id == id && a.State == AnnouncementState.Draft)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, AnnouncementState.Scheduled)
                .SetProperty(a => a.ScheduledFor, scheduledFor)
                .SetProperty(a => a.ReportConversationId, reportCard == null ? null : reportCard.ConversationId)
                .SetProperty(a => a.ReportActivityId, reportCard == null ? null : reportCard.ActivityId)
                .SetProperty(a => a.ReportEndpoint, reportCard == null ? null : reportCard.Endpoint), cancellationToken), cancellationToken);
        announcement = await FindAsync(db, id, cancellationToken);
        return updated == 1
            ? AnnouncementChange.Of(announcement!)
            : AnnouncementChange.Refused(announcement, AnnouncementRefusal.AlreadyConfirmed);
    }

    /// <summary>"Peruuta": possible until sending starts.</summary>
    public async Task<AnnouncementChange> CancelAsync(Guid id, AnnouncementAuthor author, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var announcement = await FindAsync(db, id, cancellationToken);
        if (Authorised(announcement, author) is { } refusal)
        {
            return refusal;
        }
        var updated = await LoggedAsync(db, author, id, announcement!.NetworkId, ChangeAction.Cancelled, ["state"], () => db.Set<Announcement>()
            .Where(a => a.Id == id && (a.State == AnnouncementState.Draft || a.State == AnnouncementState.Scheduled))
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, AnnouncementState.Cancelled)
                .SetProperty(a => a.FinishedAt, time.GetUtcNow()), cancellationToken), cancellationToken);
        announcement = await FindAsync(db, id, cancellationToken);
        return updated == 1 ? AnnouncementChange.Of(announcement!)
            : announcement!.State == AnnouncementState.Sending
                ? AnnouncementChange.Refused(announcement, AnnouncementRefusal.AlreadySending)
                : AnnouncementChange.Refused(announcement, AnnouncementRefusal.NoLongerCancellable);
    }

    /// <summary>
    /// Stops a sending announcement: rows not yet sent are cancelled; rows being sent finish. The announcement's row
    /// is locked first, as claims lock it (<see cref="DeliveryLedger.ClaimBatchAsync"/>), so the two cannot deadlock.
    /// </summary>
    public async Task<AnnouncementChange> StopAsync(Guid id, AnnouncementAuthor author, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var announcement = await FindAsync(db, id, cancellationToken);
        if (Authorised(announcement, author) is { } refusal)
        {
            return refusal;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Set<Announcement>()
            .Where(a => a.Id == id && a.State == AnnouncementState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.State, AnnouncementState.Stopped), cancellationToken);
        if (updated == 1)
        {
            await outbox.CancelPendingAsync(db.Set<AnnouncementMessage>().Where(d => d.AnnouncementId == id), null, cancellationToken);
            Log(db, author, id, announcement!.NetworkId, ChangeAction.Stopped, ["state"]);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        announcement = await FindAsync(db, id, cancellationToken);
        return updated == 1 ? AnnouncementChange.Of(announcement!)
            : announcement!.State is AnnouncementState.Draft or AnnouncementState.Scheduled
                ? AnnouncementChange.Refused(announcement, AnnouncementRefusal.NotStarted)
                : AnnouncementChange.Refused(announcement, AnnouncementRefusal.AlreadyFinished);
    }

    public async Task<Announcement?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, id, cancellationToken);
    }

    /// <summary>The latest announcements of the networks, newest first.</summary>
    public async Task<IReadOnlyList<Announcement>> RecentAsync(IReadOnlyCollection<string> networkIds, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.Set<Announcement>().AsNoTracking()
            .Where(a => networkIds.Contains(a.NetworkId) && a.State != AnnouncementState.Draft)
            .ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by DateTimeOffset, and the list per network is short.
        return [.. list.OrderByDescending(a => a.ScheduledFor ?? a.CreatedAt).Take(count)];
    }

    /// <summary>Runs a conditional update and, when it wins, saves its change log entry in the same transaction.</summary>
    private async Task<int> LoggedAsync(VerkostotDbContext db, AnnouncementAuthor author, Guid id, string networkId, ChangeAction action,
        IReadOnlyList<string> fields, Func<Task<int>> update, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await update();
        if (updated == 1)
        {
            Log(db, author, id, networkId, action, fields);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }

    private void Log(VerkostotDbContext db, AnnouncementAuthor author, Guid id, string networkId, ChangeAction action, IReadOnlyList<string> fields) =>
        changeLog.Record(db, author.Actor, ChangedKind.Announcement, id.ToString(), networkId, action, fields);

    private static IReadOnlyList<string> ChangedFields(Announcement before, ValidDraft draft) =>
    [
        .. before.Title != draft.Title ? ["title"] : Array.Empty<string>(),
        .. before.Text != draft.Text ? ["text"] : Array.Empty<string>(),
        .. before.LinkUrl != draft.LinkUrl ? ["linkUrl"] : Array.Empty<string>(),
        .. before.Audience != draft.Audience ? ["audience"] : Array.Empty<string>(),
        .. before.ScheduledFor != draft.ScheduledFor ? ["scheduledFor"] : Array.Empty<string>(),
    ];

    private static Task<Announcement?> FindAsync(VerkostotDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<Announcement>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private static AnnouncementChange? Authorised(Announcement? announcement, AnnouncementAuthor author) =>
        announcement is null ? AnnouncementChange.Refused(null, AnnouncementRefusal.NotFound)
            : !author.Coordinates(announcement.NetworkId) ? AnnouncementChange.Refused(null, AnnouncementRefusal.NotYours)
            : null;
}

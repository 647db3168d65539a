using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Messaging;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Meetings.Outlook;

/// <summary>
/// Keeps the organizer mailbox's Outlook events in step with the bot's meetings, on the reminder sweep's rhythm: first
/// reads attendees' answers since the last run (a delta over the organizer's calendar) into the same attendance as the
/// cards' answers, newest first, a decline inviting the deputy; then creates, updates or cancels each coming meeting's
/// event, the deputies invited so far among its attendees. One instance at a time (a lease row); a creation retried after
/// a crash makes no second event (its transaction id). An event deleted in Outlook is not recreated; the coordinators
/// are told once.
/// </summary>
public sealed partial class OutlookMeetingSync(
    IDbContextFactory<VerkostotDbContext> contexts,
    VerkostotDbContext scoped,
    ICatalogSource catalogs,
    IOutlookCalendar calendar,
    RsvpService rsvp,
    IMessenger messenger,
    GraphAccessMonitor access,
    ChangeLogWriter changeLog,
    TimeProvider time,
    ILogger<OutlookMeetingSync> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan WindowBefore = TimeSpan.FromDays(7);
    private static readonly TimeSpan WindowLength = TimeSpan.FromDays(400);
    private static readonly TimeSpan WindowRenewal = TimeSpan.FromDays(30);
    private static readonly ChangeActor Outlook = new(null, "Outlook", ChangeChannel.Outlook);

    public async Task<OutlookSyncResult> RunAsync(CancellationToken cancellationToken)
    {
        if (!calendar.IsEnabled) return OutlookSyncResult.Off;
        var holder = Guid.NewGuid().ToString("N");
        if (!await TryLeaseAsync(holder, cancellationToken)) return OutlookSyncResult.Busy;
        var result = new OutlookSyncResult(true, 0, 0, 0, 0, 0);
        string? networkId = null;
        try
        {
            result = result with { Answers = await ReadAnswersOrSkipAsync(cancellationToken) };
            result = await ReconcileAsync(result, n => networkId = n, cancellationToken);
            await access.WorkingAsync(GraphFeature.Calendar, cancellationToken);
        }
        catch (OutlookCalendarException e) when (e.Problem is OutlookProblem.AccessDenied or OutlookProblem.MailboxNotFound)
        {
            LogRefused(e.Problem, e.Code);
            await access.RefusedAsync(GraphFeature.Calendar,
                e.Problem == OutlookProblem.AccessDenied ? GraphAccessProblem.ConsentMissing : GraphAccessProblem.MailboxNotFound, networkId, cancellationToken);
        }
        catch (OutlookCalendarException e)
        {
            // Throttled, unavailable, unreachable, or a fresh read refused: the next run picks up where this one
            // stopped, as every step is safe to repeat.
            LogTransient(e.Code);
        }
        finally
        {
            await ReleaseAsync(holder);
        }
        return result;
    }

    /// <summary>A delta read Outlook fails this once does not keep the meetings' own changes from going out.</summary>
    private async Task<int> ReadAnswersOrSkipAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAnswersAsync(cancellationToken);
        }
        catch (OutlookCalendarException e) when (e.Problem == OutlookProblem.Transient)
        {
            LogTransient(e.Code);
            return 0;
        }
    }

    private async Task<int> ReadAnswersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Set<OutlookCalendarState>().SingleAsync(s => s.Id == OutlookCalendarState.SingleId, cancellationToken);
        var now = time.GetUtcNow();
        if (state.WindowStart is null || now - state.WindowStart > WindowRenewal)
        {
            // A fresh window now and then: the delta covers a fixed stretch of the calendar, and time moves on.
            state.DeltaLink = null;
            state.WindowStart = now - WindowBefore;
        }
        OutlookChanges changes;
        try
        {
            changes = await calendar.ReadChangesAsync(state.DeltaLink, state.WindowStart.Value, state.WindowStart.Value + WindowLength, cancellationToken);
        }
        catch (OutlookCalendarException e) when (e.Problem == OutlookProblem.DeltaExpired)
        {
            changes = await calendar.ReadChangesAsync(null, state.WindowStart.Value, state.WindowStart.Value + WindowLength, cancellationToken);
        }
        var answers = await ApplyAsync(db, changes.Events, cancellationToken);
        state.DeltaLink = changes.DeltaLink;
        await db.SaveChangesAsync(cancellationToken);
        return answers;
    }

    private async Task<int> ApplyAsync(VerkostotDbContext db, IReadOnlyList<OutlookEventChange> changes, CancellationToken cancellationToken)
    {
        var eventIds = changes.Select(c => c.EventId).ToList();
        var ours = await db.Set<OutlookMeeting>().Where(o => o.EventId != null && eventIds.Contains(o.EventId)).ToDictionaryAsync(o => o.EventId!, cancellationToken);
        if (ours.Count == 0) return 0;
        var catalog = await catalogs.GetAsync(cancellationToken);
        var byAddress = catalog.People.Where(p => !string.IsNullOrWhiteSpace(p.Email))
            .GroupBy(p => p.Email!.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var answers = 0;
        foreach (var change in changes)
        {
            if (!ours.TryGetValue(change.EventId, out var outlook)) continue;
            if (change.Removed)
            {
                await DeletedInOutlookAsync(outlook, cancellationToken);
                continue;
            }
            foreach (var response in change.Responses)
            {
                if (AnswerOf(response.Response) is { } answer && response.At is { } at && byAddress.TryGetValue(response.Address.Trim(), out var person)
                    && await rsvp.RecordFromOutlookAsync(outlook.MeetingId, person.Id, answer, at, cancellationToken))
                {
                    answers++;
                }
            }
        }
        return answers;
    }

    private async Task<OutlookSyncResult> ReconcileAsync(OutlookSyncResult result, Action<string> working, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var catalog = await catalogs.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.StartsAt > now && !m.IsDemo).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var rows = await db.Set<OutlookMeeting>().Where(o => ids.Contains(o.MeetingId)).ToDictionaryAsync(o => o.MeetingId, cancellationToken);
        var deputies = (await db.Set<ReminderMessage>().AsNoTracking()
                .Where(r => ids.Contains(r.MeetingId) && r.Purpose == ReminderPurpose.DeputyInvitation).Select(r => new { r.MeetingId, r.PersonId }).ToListAsync(cancellationToken))
            .GroupBy(r => r.MeetingId).ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)[.. g.Select(r => r.PersonId)]);
        foreach (var meeting in meetings)
        {
            working(meeting.NetworkId);
            var row = rows.GetValueOrDefault(meeting.Id);
            try
            {
                result = await ReconcileOneAsync(meeting, row, catalog, deputies.GetValueOrDefault(meeting.Id) ?? [], result, cancellationToken);
            }
            catch (OutlookCalendarException e) when (e.Problem == OutlookProblem.Transient)
            {
                // Outlook would not take this one meeting's change: the others go on, and the next run tries it again.
                LogMeetingFailed(meeting.Id, e.Code);
                await NoteFailureAsync(meeting.Id, e.Code, cancellationToken);
                result = result with { Failed = result.Failed + 1 };
            }
        }
        return result;
    }

    private async Task<OutlookSyncResult> ReconcileOneAsync(Meeting meeting, OutlookMeeting? row, NetworkCatalog catalog, IReadOnlyCollection<string> deputies,
        OutlookSyncResult result, CancellationToken cancellationToken)
    {
        if (row?.State is OutlookMeetingState.Cancelled or OutlookMeetingState.DeletedInOutlook) return result;
        if (meeting.IsCancelled)
        {
            return row?.EventId is not null && await CancelAsync(row, cancellationToken) ? result with { Cancelled = result.Cancelled + 1 } : result;
        }
        var draft = OutlookEventComposer.Compose(meeting, catalog, deputies, row?.JoinUrl);
        var hash = OutlookEventComposer.Hash(draft);
        if (row?.EventId is null)
        {
            await CreateAsync(meeting, row, draft, hash, cancellationToken);
            return result with { Created = result.Created + 1 };
        }
        return row.SentHash != hash && await UpdateAsync(row, draft, hash, cancellationToken) ? result with { Updated = result.Updated + 1 } : result;
    }

    private async Task NoteFailureAsync(int meetingId, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<OutlookMeeting>().Where(o => o.MeetingId == meetingId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LastError, code).SetProperty(o => o.UpdatedAt, now), cancellationToken);
    }

    private async Task CreateAsync(Meeting meeting, OutlookMeeting? row, OutlookEventDraft draft, string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (row is null)
        {
            // The transaction id is stored before the first try, so a try cut off by a crash is repeated with the same one.
            row = new OutlookMeeting { MeetingId = meeting.Id, TransactionId = $"verkostot-{meeting.Id}-{Guid.NewGuid():N}", State = OutlookMeetingState.Pending, UpdatedAt = time.GetUtcNow() };
            db.Add(row);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            db.Attach(row);
        }
        var created = await calendar.CreateAsync(draft, row.TransactionId, cancellationToken);
        row.EventId = created.EventId;
        row.JoinUrl = created.JoinUrl;
        row.SentHash = hash;
        row.State = OutlookMeetingState.Synced;
        row.LastError = null;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(meeting.Id);
        if (meeting.TeamsLink is null && created.JoinUrl is { } joinUrl)
        {
            await KeepJoinUrlAsync(meeting.Id, joinUrl, cancellationToken);
        }
    }

    /// <summary>The meeting's cards and reminders show the same Teams link as the invitation.</summary>
    private async Task KeepJoinUrlAsync(int meetingId, string joinUrl, CancellationToken cancellationToken)
    {
        var meeting = await scoped.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.TeamsLink == null, cancellationToken);
        if (meeting is null) return;
        meeting.TeamsLink = joinUrl;
        changeLog.Record(scoped, Outlook, ChangedKind.Meeting, meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture), meeting.NetworkId, ChangeAction.Changed, ["teamsLink"]);
        await scoped.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> UpdateAsync(OutlookMeeting row, OutlookEventDraft draft, string hash, CancellationToken cancellationToken)
    {
        try
        {
            await calendar.UpdateAsync(row.EventId!, draft, cancellationToken);
        }
        catch (OutlookCalendarException e) when (e.Problem == OutlookProblem.EventGone)
        {
            await DeletedInOutlookAsync(row, cancellationToken);
            return false;
        }
        await SetAsync(row.MeetingId, o => o.SetProperty(x => x.SentHash, hash).SetProperty(x => x.LastError, (string?)null), cancellationToken);
        return true;
    }

    private async Task<bool> CancelAsync(OutlookMeeting row, CancellationToken cancellationToken)
    {
        try
        {
            await calendar.CancelAsync(row.EventId!, "Kokous on peruttu.", cancellationToken);
        }
        catch (OutlookCalendarException e) when (e.Problem == OutlookProblem.EventGone)
        {
            // Deleted in Outlook before the bot cancelled it: the attendees already had a cancellation.
        }
        await SetAsync(row.MeetingId, o => o.SetProperty(x => x.State, OutlookMeetingState.Cancelled), cancellationToken);
        LogCancelled(row.MeetingId);
        return true;
    }

    private async Task DeletedInOutlookAsync(OutlookMeeting row, CancellationToken cancellationToken)
    {
        // Only the first to record it tells the coordinators; a cancellation the bot made itself is no news.
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var marked = await db.Set<OutlookMeeting>().Where(o => o.MeetingId == row.MeetingId && o.State == OutlookMeetingState.Synced)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OutlookMeetingState.DeletedInOutlook).SetProperty(o => o.UpdatedAt, now), cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == row.MeetingId, cancellationToken);
        if (marked == 0 || meeting is null || meeting.IsCancelled) return;
        LogDeletedInOutlook(row.MeetingId);
        var catalog = await catalogs.GetAsync(cancellationToken);
        var notice = new OutlookMeetingDeletedNotice(Language.Finnish, MeetingDetails.From(meeting, catalog, Language.Finnish));
        foreach (var coordinator in UndeliveredReportPlanner.CoordinatorsOf(catalog, meeting.NetworkId, HelsinkiTime.Today(time)).Select(id => catalog.PeopleById[id]))
        {
            await messenger.SendToPersonAsync(new PersonAddress(coordinator.Id, coordinator.EntraObjectId), notice, cancellationToken);
        }
    }

    private async Task SetAsync(int meetingId, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutlookMeeting>> set, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<OutlookMeeting>().Where(o => o.MeetingId == meetingId).ExecuteUpdateAsync(s =>
        {
            set(s);
            s.SetProperty(o => o.UpdatedAt, now);
        }, cancellationToken);
    }

    private static AttendanceAnswer? AnswerOf(OutlookResponse response) => response switch
    {
        OutlookResponse.Accepted => AttendanceAnswer.Attending,
        OutlookResponse.Declined => AttendanceAnswer.NotAttending,
        // "Tentative" is neither: the bot keeps waiting for a yes or a no (and the reminder still asks).
        _ => null,
    };

    private async Task<bool> TryLeaseAsync(string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<OutlookCalendarState>().AnyAsync(s => s.Id == OutlookCalendarState.SingleId, cancellationToken))
        {
            db.Add(new OutlookCalendarState());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made the row first.
            }
        }
        var now = time.GetUtcNow();
        var until = now + Lease;
        return await db.Set<OutlookCalendarState>()
            .Where(s => s.Id == OutlookCalendarState.SingleId && (s.LeaseUntil == null || s.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseUntil, until).SetProperty(x => x.LeaseHolder, holder), cancellationToken) == 1;
    }

    private async Task ReleaseAsync(string holder)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Set<OutlookCalendarState>().Where(s => s.Id == OutlookCalendarState.SingleId && s.LeaseHolder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null).SetProperty(x => x.LeaseHolder, (string?)null), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} created in Outlook")]
    private partial void LogCreated(int meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} cancelled in Outlook")]
    private partial void LogCancelled(int meetingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Outlook event of meeting {MeetingId} was deleted in Outlook; it is not recreated")]
    private partial void LogDeletedInOutlook(int meetingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outlook refuses the organizer mailbox: {Problem} {Code}")]
    private partial void LogRefused(OutlookProblem problem, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outlook did not take the change to meeting {MeetingId} ({Code}); the next run tries again")]
    private partial void LogMeetingFailed(int meetingId, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outlook failed for now ({Code}); the next run continues")]
    private partial void LogTransient(string code);
}

/// <param name="Ran">False when Outlook meetings are off, or another instance was syncing.</param>
/// <param name="Failed">Meetings whose event Outlook would not create, update or cancel this time (tried again next run).</param>
public sealed record OutlookSyncResult(bool Ran, int Answers, int Created, int Updated, int Cancelled, int Failed)
{
    public static OutlookSyncResult Off { get; } = new(false, 0, 0, 0, 0, 0);
    public static OutlookSyncResult Busy { get; } = new(false, 0, 0, 0, 0, 0);
}

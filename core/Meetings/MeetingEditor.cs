using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Meetings;

/// <summary>
/// Coordinators' changes to meetings, saved through the scoped context so that the catalog refreshes, each with its
/// change log entry in the same transaction. Reminders follow on the next sweep: new rows for a new meeting,
/// re-timed rows and move notices for a moved one, cancellations to those already reminded. Place, link and agenda
/// need nothing re-planned: reminders read the meeting when they are sent.
/// </summary>
public sealed class MeetingEditor(VerkostotDbContext db, ChangeLogWriter changeLog)
{
    public async Task<IReadOnlyList<Meeting>> AddAsync(MeetingDraft draft, ChangeActor actor, CancellationToken cancellationToken)
    {
        var bodyId = draft.Kind == MeetingKind.PresidiumMeeting
            ? await db.Bodies.Where(b => b.NetworkId == draft.NetworkId && b.Kind == BodyKind.Presidium).Select(b => b.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var meetings = draft.Starts.Select(start => new Meeting
        {
            NetworkId = draft.NetworkId,
            BodyId = bodyId,
            Kind = draft.Kind,
            StartsAt = start,
            EndsAt = start + draft.Duration,
            Place = draft.Place,
            TeamsLink = draft.TeamsLink,
            Agenda = [.. draft.Agenda],
        }).ToList();
        // The entries name the meetings by their numbers, which the first save gives.
        await InTransactionAsync(async () =>
        {
            db.Meetings.AddRange(meetings);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var meeting in meetings) Log(actor, meeting, ChangeAction.Added, []);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return meetings;
    }

    /// <summary>Moves a meeting to a new start, keeping its length.</summary>
    public async Task<Meeting?> MoveAsync(int meetingId, DateTimeOffset startsAt, ChangeActor actor, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && !m.IsCancelled, cancellationToken);
        if (meeting is null) return null;
        Reschedule(meeting, startsAt);
        Log(actor, meeting, ChangeAction.Moved, ["start"]);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>Changes a meeting's place, link and agenda; a new start is a move, exactly as <see cref="MoveAsync"/> does it.</summary>
    public async Task<Meeting?> EditAsync(int meetingId, MeetingChanges changes, ChangeActor actor, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && !m.IsCancelled, cancellationToken);
        if (meeting is null) return null;
        var fields = new List<string>();
        if (meeting.StartsAt != changes.StartsAt)
        {
            Reschedule(meeting, changes.StartsAt);
            fields.Add("start");
        }
        if (meeting.Place != changes.Place) fields.Add("place");
        if (meeting.TeamsLink != changes.TeamsLink) fields.Add("teamsLink");
        if (!meeting.Agenda.SequenceEqual(changes.Agenda)) fields.Add("agenda");
        meeting.Place = changes.Place;
        meeting.TeamsLink = changes.TeamsLink;
        meeting.Agenda = [.. changes.Agenda];
        if (fields.Count > 0) Log(actor, meeting, fields.Contains("start") ? ChangeAction.Moved : ChangeAction.Changed, fields);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    public async Task<Meeting?> CancelAsync(int meetingId, ChangeActor actor, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && !m.IsCancelled, cancellationToken);
        if (meeting is null) return null;
        meeting.IsCancelled = true;
        Log(actor, meeting, ChangeAction.Cancelled, ["isCancelled"]);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>A new start keeping the meeting's length; the planner re-times reminders and tells those already reminded.</summary>
    private static void Reschedule(Meeting meeting, DateTimeOffset startsAt)
    {
        var length = meeting.EndsAt - meeting.StartsAt;
        meeting.StartsAt = startsAt;
        meeting.EndsAt = startsAt + (length > TimeSpan.Zero ? length : TimeSpan.FromHours(1));
    }

    private void Log(ChangeActor actor, Meeting meeting, ChangeAction action, IEnumerable<string> fields) =>
        changeLog.Record(db, actor, ChangedKind.Meeting, meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), meeting.NetworkId, action, fields);

    private Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work();
            await transaction.CommitAsync(cancellationToken);
        });
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Meetings;

/// <summary>
/// Coordinators' changes to meetings, saved through the scoped context so that the catalog refreshes. Reminders
/// follow on the next sweep: new rows for a new meeting, re-timed rows and move notices for a moved one,
/// cancellations to those already reminded. Place, link and agenda need nothing re-planned: reminders read the
/// meeting when they are sent.
/// </summary>
public sealed class MeetingEditor(VerkostotDbContext db)
{
    public async Task<IReadOnlyList<Meeting>> AddAsync(MeetingDraft draft, CancellationToken cancellationToken)
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
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(cancellationToken);
        return meetings;
    }

    /// <summary>Moves a meeting to a new start, keeping its length.</summary>
    public async Task<Meeting?> MoveAsync(int meetingId, DateTimeOffset startsAt, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && !m.IsCancelled, cancellationToken);
        if (meeting is null) return null;
        Reschedule(meeting, startsAt);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>Changes a meeting's place, link and agenda; a new start is a move, exactly as <see cref="MoveAsync"/> does it.</summary>
    public async Task<Meeting?> EditAsync(int meetingId, MeetingChanges changes, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && !m.IsCancelled, cancellationToken);
        if (meeting is null) return null;
        if (meeting.StartsAt != changes.StartsAt) Reschedule(meeting, changes.StartsAt);
        meeting.Place = changes.Place;
        meeting.TeamsLink = changes.TeamsLink;
        meeting.Agenda = [.. changes.Agenda];
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    public async Task<Meeting?> CancelAsync(int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && !m.IsCancelled, cancellationToken);
        if (meeting is null) return null;
        meeting.IsCancelled = true;
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
}

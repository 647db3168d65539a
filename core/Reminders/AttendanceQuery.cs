using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>
/// Who answered a meeting's reminders "Osallistun" or "En pääse", and who has not answered yet: the members reminded
/// and the deputies invited in their place. For "kuka tulee puheenjohtajiston kokoukseen?" and the web app.
/// </summary>
public sealed class AttendanceQuery(IDbContextFactory<VerkostotDbContext> contexts, ICatalogSource catalogs, TimeProvider time)
{
    public async Task<AttendanceOverview?> NextPresidiumMeetingAsync(string networkId, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return catalog.NextMeeting(networkId, time.GetUtcNow(), MeetingKind.PresidiumMeeting) is { } meeting
            ? await OverviewAsync(catalog, meeting, cancellationToken)
            : null;
    }

    /// <summary>The answers to one meeting; null when there is no such meeting.</summary>
    public async Task<AttendanceOverview?> ForMeetingAsync(int meetingId, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return catalog.MeetingsById.TryGetValue(meetingId, out var meeting) ? await OverviewAsync(catalog, meeting, cancellationToken) : null;
    }

    /// <summary>How many answered each meeting that has answers, for a list of meetings.</summary>
    public async Task<IReadOnlyDictionary<int, AttendanceCounts>> CountsAsync(IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        if (meetingIds.Count == 0) return new Dictionary<int, AttendanceCounts>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = meetingIds.ToList();
        var rows = await db.Set<MeetingAttendance>().AsNoTracking()
            .Where(a => ids.Contains(a.MeetingId))
            .GroupBy(a => a.MeetingId)
            .Select(g => new { MeetingId = g.Key, Attending = g.Count(a => a.Answer == AttendanceAnswer.Attending), NotAttending = g.Count(a => a.Answer == AttendanceAnswer.NotAttending) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.MeetingId, r => new AttendanceCounts(r.Attending, r.NotAttending));
    }

    private async Task<AttendanceOverview> OverviewAsync(NetworkCatalog catalog, Meeting meeting, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answers = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var invitations = await db.Set<ReminderMessage>().AsNoTracking()
            .Where(r => r.MeetingId == meeting.Id && r.Purpose == ReminderPurpose.DeputyInvitation)
            .Select(r => new { r.PersonId, r.AboutPersonId }).ToListAsync(cancellationToken);
        var members = ReminderRecipients.Of(catalog, meeting).Where(p => ReminderRecipients.SeatOfMember(catalog, meeting, p) is not null);
        var answered = answers.Select(a => a.PersonId).ToHashSet();
        // Whom a deputy stands in for: as they answered, else as they were invited.
        var standsInFor = invitations.Where(i => i.AboutPersonId is not null).GroupBy(i => i.PersonId).ToDictionary(g => g.Key, g => g.First().AboutPersonId);
        foreach (var answer in answers.Where(a => a.StandsInForPersonId is not null)) standsInFor[answer.PersonId] = answer.StandsInForPersonId;

        AttendanceLine Line(string personId) => new(
            ReminderNoticeBuilder.NameOf(catalog, personId),
            ReminderRecipients.SeatOfDeputy(catalog, meeting, personId) is not null,
            standsInFor.TryGetValue(personId, out var member) && member is not null ? ReminderNoticeBuilder.NameOf(catalog, member) : null);
        return new AttendanceOverview(
            MeetingDetails.From(meeting, catalog, Language.Finnish),
            [.. answers.Where(a => a.Answer == AttendanceAnswer.Attending).Select(a => Line(a.PersonId))],
            [.. answers.Where(a => a.Answer == AttendanceAnswer.NotAttending).Select(a => Line(a.PersonId))],
            [.. members.Concat(invitations.Select(i => i.PersonId)).Distinct().Where(p => !answered.Contains(p)).Select(Line)]);
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>"Kuka tulee puheenjohtajiston kokoukseen?": the answers so far to the network's next presidium meeting.</summary>
public sealed class AttendanceQuery(IDbContextFactory<VerkostotDbContext> contexts, ICatalogSource catalogs, TimeProvider time)
{
    public async Task<AttendanceOverview?> NextPresidiumMeetingAsync(string networkId, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (catalog.NextMeeting(networkId, time.GetUtcNow(), MeetingKind.PresidiumMeeting) is not { } meeting) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answers = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var invitedDeputies = await db.Set<ReminderMessage>().AsNoTracking()
            .Where(r => r.MeetingId == meeting.Id && r.Purpose == ReminderPurpose.DeputyInvitation)
            .Select(r => r.PersonId).ToListAsync(cancellationToken);
        var members = ReminderRecipients.Of(catalog, meeting).Where(p => ReminderRecipients.SeatOfMember(catalog, meeting, p) is not null);
        var answered = answers.Select(a => a.PersonId).ToHashSet();

        AttendanceLine Line(string personId) => new(ReminderNoticeBuilder.NameOf(catalog, personId), ReminderRecipients.SeatOfDeputy(catalog, meeting, personId) is not null);
        return new AttendanceOverview(
            MeetingDetails.From(meeting, catalog, Language.Finnish),
            [.. answers.Where(a => a.Answer == AttendanceAnswer.Attending).Select(a => Line(a.PersonId))],
            [.. answers.Where(a => a.Answer == AttendanceAnswer.NotAttending).Select(a => Line(a.PersonId))],
            [.. members.Concat(invitedDeputies).Distinct().Where(p => !answered.Contains(p)).Select(Line)]);
    }
}

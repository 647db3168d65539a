using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Reminders;

/// <summary>
/// Nobody is skipped silently: once every message of a group (e.g. the 7-day reminders of a meeting) has settled,
/// the network's coordinators get one list of the people it did not reach. The list is an outbox row too, so it goes
/// out once.
/// </summary>
public sealed class UndeliveredReportPlanner(TimeProvider time)
{
    private static readonly OutboxState[] Problems = [OutboxState.Unreachable, OutboxState.Failed, OutboxState.InDoubt];
    private static readonly OutboxState[] Open = [OutboxState.Pending, OutboxState.Sending];

    /// <summary>Rows of one meeting reported together: reminders by their offset, other messages by their purpose.</summary>
    public static string GroupOf(ReminderPurpose purpose, string key) =>
        purpose == ReminderPurpose.Reminder ? key : purpose.ToString().ToLowerInvariant();

    public static string ReportKey(string group) => $"undelivered/{group}";

    public async Task<int> PlanAsync(VerkostotDbContext db, NetworkCatalog catalog, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ledger = db.Set<ReminderMessage>();
        var problems = await ledger.AsNoTracking()
            .Where(r => Problems.Contains(r.State) && r.Purpose != ReminderPurpose.Undelivered && r.PlannedFor > now)
            .Select(r => new { r.MeetingId, r.Purpose, r.Key }).Distinct().ToListAsync(cancellationToken);
        var groups = problems.Select(p => (p.MeetingId, Group: GroupOf(p.Purpose, p.Key))).Distinct().ToList();
        if (groups.Count == 0) return 0;

        var meetingIds = groups.Select(g => g.MeetingId).Distinct().ToList();
        var rows = await ledger.AsNoTracking().Where(r => meetingIds.Contains(r.MeetingId))
            .Select(r => new { r.MeetingId, r.Purpose, r.Key, r.PersonId, r.State }).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var today = HelsinkiTime.Today(time);

        var reports = new List<ReminderMessage>();
        foreach (var (meetingId, group) in groups)
        {
            var inGroup = rows.Where(r => r.MeetingId == meetingId && r.Purpose != ReminderPurpose.Undelivered && GroupOf(r.Purpose, r.Key) == group).ToList();
            if (inGroup.Any(r => Open.Contains(r.State)) || !meetings.TryGetValue(meetingId, out var meeting)) continue;
            var reportKey = ReportKey(group);
            var reported = rows.Where(r => r.MeetingId == meetingId && r.Key == reportKey).Select(r => r.PersonId).ToHashSet();
            reports.AddRange(CoordinatorsOf(catalog, meeting.NetworkId, today).Where(c => !reported.Contains(c)).Select(c => Report(meeting, c, reportKey, now)));
        }
        if (reports.Count == 0) return 0;
        // A report another instance added first is skipped.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await OutboxInsertStatement<ReminderMessage>.For(db).InsertAsync(db, reports, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    private static ReminderMessage Report(Meeting meeting, string coordinator, string reportKey, DateTimeOffset now) => new()
    {
        MeetingId = meeting.Id,
        PersonId = coordinator,
        Purpose = ReminderPurpose.Undelivered,
        Key = reportKey,
        DueAt = now,
        PlannedFor = meeting.StartsAt,
        State = OutboxState.Pending,
    };

    public static IEnumerable<string> CoordinatorsOf(NetworkCatalog catalog, string networkId, DateOnly today) =>
        catalog.RolesOn(networkId, today).Where(r => r.Role == Role.Coordinator && r.BodyId is null).Select(r => r.PersonId).Distinct();
}

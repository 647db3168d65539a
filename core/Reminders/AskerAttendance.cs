using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>The answers a person has given to reminders of coming meetings, for "olenko ilmoittautunut?".</summary>
public sealed class AskerAttendance(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time) : IAskerAttendance
{
    public async Task<IReadOnlyDictionary<int, AttendanceAnswer>> AnswersOfAsync(string personId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var coming = db.Set<Meeting>().Where(m => m.EndsAt > now).Select(m => m.Id);
        return await db.Set<MeetingAttendance>().AsNoTracking()
            .Where(a => a.PersonId == personId && coming.Contains(a.MeetingId))
            .ToDictionaryAsync(a => a.MeetingId, a => a.Answer, cancellationToken);
    }
}

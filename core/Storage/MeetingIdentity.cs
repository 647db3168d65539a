using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Storage;

/// <summary>
/// After meetings were inserted with ids of their own (an import keeps an exported file's ids), PostgreSQL's identity
/// sequence must move past them, or the next meeting added in chat would get a taken id. SQLite needs nothing.
/// </summary>
internal static class MeetingIdentity
{
    public static async Task CatchUpAsync(VerkostotDbContext db, CancellationToken cancellationToken)
    {
        if (db is not PostgresVerkostotDbContext) return;
        await db.Database.ExecuteSqlRawAsync(
            """SELECT setval(pg_get_serial_sequence('"Meetings"', 'Id'), GREATEST((SELECT MAX("Id") FROM "Meetings"), 1))""",
            cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Bench.Reminders;

internal static class BenchData
{
    public static async Task SeedAsync(IDbContextFactory<VerkostotDbContext> contexts, int networks, int meetingsPerNetwork)
    {
        await using var db = await contexts.CreateDbContextAsync();
        for (var n = 0; n < networks; n++)
        {
            var networkId = $"verkosto-{n}";
            var bodyId = $"{networkId}-pj";
            db.Networks.Add(new Network { Id = networkId, Name = new LocalizedText($"Verkosto {n}") });
            var seats = new List<Seat>();
            for (var s = 0; s < 5; s++)
            {
                var member = $"{networkId}-jasen-{s}";
                var deputy = $"{networkId}-varajasen-{s}";
                db.People.Add(new Person { Id = member, Name = $"Jäsen {n}/{s}", EntraObjectId = $"aad-{member}" });
                db.People.Add(new Person { Id = deputy, Name = $"Varajäsen {n}/{s}", EntraObjectId = $"aad-{deputy}" });
                seats.Add(new Seat { RegionId = $"alue-{s}", RegionName = new LocalizedText($"Alue {s}"), MemberId = member, DeputyId = deputy });
            }
            db.Bodies.Add(new Body
            {
                Id = bodyId,
                NetworkId = networkId,
                Kind = BodyKind.Presidium,
                Name = new LocalizedText("Puheenjohtajisto"),
                Terms = [new Term { BodyId = bodyId, Start = new DateOnly(2026, 1, 1), End = new DateOnly(2027, 12, 31), Seats = seats }],
            });
            for (var m = 0; m < meetingsPerNetwork; m++)
            {
                var start = HelsinkiTime.ToUtc(new DateOnly(2026, 12, 8).AddDays(m), new TimeOnly(9, 0));
                db.Meetings.Add(new Meeting { NetworkId = networkId, BodyId = bodyId, Kind = MeetingKind.PresidiumMeeting, StartsAt = start, EndsAt = start.AddHours(1), Place = "Kuntatalo" });
            }
        }
        await db.SaveChangesAsync();
    }
}

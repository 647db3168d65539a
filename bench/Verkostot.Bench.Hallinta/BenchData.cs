using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Bench.Hallinta;

/// <summary>
/// 200 networks with 50 people each (10 000 people): every person a roster member with one of 50 municipalities, a coordinator,
/// a presidium with four regional seats over two terms, 24 meetings (12 past, 12 coming) and 5 announcements per
/// network; a few roster people missing from the Team and four unmatched group members per network; 20 questions the
/// bot could not answer per network, each asked twice, and 30 asked with no network.
/// </summary>
internal static class BenchData
{
    public const int Networks = 200;
    public const int PeoplePerNetwork = 50;
    public const int UnmatchedPerNetwork = 4;
    public const int QuestionsPerNetwork = 20;

    public static string NetworkId(int n) => $"verkosto-{n:000}";
    public static string CoordinatorId(int n) => $"{NetworkId(n)}-henkilo-00";

    public static async Task SeedAsync(IDbContextFactory<VerkostotDbContext> contexts, DateTimeOffset now)
    {
        var today = HelsinkiTime.Today(TimeProvider.System);
        // The people's municipalities, so that the export is a data file the import accepts.
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Municipalities.AddRange(Enumerable.Range(0, PeoplePerNetwork).Select(p => new Municipality { Id = $"kunta-{p}", NameFi = $"Kunta {p}" }));
            await db.SaveChangesAsync();
        }
        for (var n = 0; n < Networks; n++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var networkId = NetworkId(n);
            db.Networks.Add(new Network
            {
                Id = networkId,
                Name = new LocalizedText($"Verkosto {n:000}", $"Nätverk {n:000}", $"Network {n:000}"),
                Description = new LocalizedText("Kuntien yhteistyöverkosto."),
                MunicipalityCount = 40,
                Residents = 250_000,
                Founded = new DateOnly(2019, 11, 1),
                FoundedPrecision = DatePrecision.Month,
                Themes = [new LocalizedText("hyvinvointi ja elinvoima"), new LocalizedText("viestintä")],
                GroupId = $"group-{n}",
            });
            for (var p = 0; p < PeoplePerNetwork; p++)
            {
                var personId = $"{networkId}-henkilo-{p:00}";
                var unmatched = p >= PeoplePerNetwork - UnmatchedPerNetwork;
                db.People.Add(new Person
                {
                    Id = personId,
                    Name = $"Henkilö {n:000}/{p:00}",
                    Title = unmatched ? null : new LocalizedText("kunnanjohtaja"),
                    MunicipalityId = unmatched ? null : $"kunta-{p}",
                    Email = $"henkilo.{n}.{p}@example.org",
                    EntraObjectId = $"aad-{n}-{p}",
                });
                db.NetworkMemberships.Add(new NetworkMembership { NetworkId = networkId, PersonId = personId, InGroup = p % 10 != 5 });
            }
            db.RoleAssignments.Add(new RoleAssignment { NetworkId = networkId, PersonId = CoordinatorId(n), Role = Role.Coordinator });
            var bodyId = $"{networkId}-pj";
            db.Bodies.Add(new Body
            {
                Id = bodyId,
                NetworkId = networkId,
                Kind = BodyKind.Presidium,
                Name = new LocalizedText("Puheenjohtajisto"),
                TermLengthYears = 1,
                Terms = [Term(bodyId, networkId, today.Year - 1), Term(bodyId, networkId, today.Year)],
            });
            for (var m = -12; m < 12; m++)
            {
                var start = HelsinkiTime.ToUtc(today.AddDays(m * 14 + 1), new TimeOnly(9, 0));
                db.Meetings.Add(new Meeting
                {
                    NetworkId = networkId,
                    BodyId = m % 2 == 0 ? bodyId : null,
                    Kind = m % 2 == 0 ? MeetingKind.PresidiumMeeting : MeetingKind.NetworkMeeting,
                    StartsAt = start,
                    EndsAt = start.AddHours(1),
                    Place = "Kuntatalo",
                    Agenda = ["Ajankohtaista", "Muut asiat"],
                });
            }
            for (var a = 0; a < 5; a++)
            {
                db.Add(new Announcement
                {
                    Id = Guid.NewGuid(),
                    NetworkId = networkId,
                    AuthorPersonId = CoordinatorId(n),
                    AuthorEntraObjectId = $"aad-{n}-0",
                    Title = $"Tiedote {a}",
                    Text = "Tervetuloa verkoston tapaamiseen.",
                    Audience = AnnouncementAudience.Presidium,
                    State = a == 0 ? AnnouncementState.Draft : a == 1 ? AnnouncementState.Scheduled : AnnouncementState.Cancelled,
                    CreatedAt = now.AddDays(-a),
                    ScheduledFor = a == 1 ? now.AddDays(3) : null,
                });
            }
            db.AddRange(Enumerable.Range(0, QuestionsPerNetwork * 2).Select(q => Unanswered($"Kuka hoitaa asiaa {q % QuestionsPerNetwork} verkostossa {n}?", networkId, now.AddHours(-q))));
            await db.SaveChangesAsync();
        }
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.AddRange(Enumerable.Range(0, 30).Select(q => Unanswered($"Mikä on kysymys {q}?", null, now.AddHours(-q))));
            await db.SaveChangesAsync();
        }
    }

    private static UnansweredQuestion Unanswered(string text, string? networkId, DateTimeOffset askedAt) =>
        new() { Text = text, Language = Language.Finnish, NetworkId = networkId, AskedAt = askedAt };

    private static Term Term(string bodyId, string networkId, int year) => new()
    {
        BodyId = bodyId,
        Start = new DateOnly(year, 1, 1),
        End = new DateOnly(year, 12, 31),
        Seats = [.. Enumerable.Range(1, 4).Select(s => new Seat
        {
            RegionId = $"alue-{s}",
            RegionName = new LocalizedText($"Alue {s}"),
            MemberId = $"{networkId}-henkilo-{s:00}",
            DeputyId = $"{networkId}-henkilo-{s + 10:00}",
        })],
    };
}

using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Reminders;
using Verkostot.Core.Time;
using Verkostot.Testing.Time;

namespace Verkostot.Core.Tests.Administration;

/// <summary>
/// The demo presidium with three terms: the seed's 2024, the same again for 2026 and a 2027 term in which Timo Reina holds
/// Western Finland's seat instead of Juha Herrala and Marjut Ahokas chairs. Questions, reminders and announcements
/// must follow the term in force: the 2026 one until 31.12.2026, the 2027 one from its first day, and the newest
/// after it ends while no next one is known.
/// </summary>
public sealed class TermInForceTests
{
    private const string Network = "pienet-kunnat";
    private const string Presidium = "pienet-kunnat-puheenjohtajisto";
    private static readonly NetworkCatalog Catalog = ThreeTerms(new DateOnly(2027, 1, 1));

    [Theory]
    [InlineData("2026-12-31", 2026)]
    [InlineData("2027-01-01", 2027)]
    [InlineData("2027-06-15", 2027)]
    [InlineData("2028-03-01", 2027)]
    [InlineData("2025-06-01", 2024)]
    public void TermInForce_Day_IsTheTermInForce(string day, int startYear)
    {
        Assert.Equal(startYear, Catalog.TermInForce(Presidium, DateOnly.Parse(day))!.Start.Year);
    }

    [Fact]
    public void Answer_GapBeforeTheNextTermStarts_TheEndedTermNotTheComingOne()
    {
        var gap = ThreeTerms(new DateOnly(2027, 2, 1));
        var noon = new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.Zero);

        var answer = new QuestionAnswerer(gap, new ManualClock(noon)).Answer(new Question("kuka edustaa Länsi-Suomea pienten kuntien puheenjohtajistossa"));

        Assert.Equal("juha-herrala", answer.People[0].PersonId);
        Assert.Equal(2026, gap.TermInForce(Presidium, new DateOnly(2027, 1, 31))!.Start.Year);
        Assert.Equal(2027, gap.TermInForce(Presidium, new DateOnly(2027, 2, 1))!.Start.Year);
    }

    [Fact]
    public void TermInForce_BeforeTheFirstTerm_IsNone()
    {
        Assert.Null(Catalog.TermInForce(Presidium, new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void TermInForce_OverlappingTerms_TheLaterStartingOne()
    {
        var body = new Body
        {
            Id = "b",
            NetworkId = "n",
            Name = new LocalizedText("B"),
            Terms = [new Term { BodyId = "b", Start = new(2026, 1, 1), End = new(2027, 6, 30) }, new Term { BodyId = "b", Start = new(2027, 1, 1), End = new(2027, 12, 31) }],
        };
        Assert.Equal(2027, body.TermInForce(new DateOnly(2027, 3, 1))!.Start.Year);
    }

    [Theory]
    [InlineData("2026-12-31", "juha-herrala")]
    [InlineData("2027-01-01", "timo-reina")]
    [InlineData("2028-03-01", "timo-reina")]
    public void Answer_WhoRepresentsWesternFinland_TheMemberOfTheTermInForce(string day, string member)
    {
        var answer = AnswerOn(day, "kuka edustaa Länsi-Suomea pienten kuntien puheenjohtajistossa");
        Assert.Equal(member, answer.People[0].PersonId);
    }

    [Theory]
    [InlineData("2026-12-31", "juha-herrala")]
    [InlineData("2027-01-01", "marjut-ahokas")]
    public void Answer_WhoChairs_TheChairOfTheTermInForce(string day, string chair)
    {
        var answer = AnswerOn(day, "kuka on pienten kuntien verkoston puheenjohtaja");
        Assert.Equal(chair, answer.People[0].PersonId);
    }

    [Fact]
    public void Answer_PresidiumMembersOnTheNewTermsFirstDay_TheNewMembers()
    {
        var people = AnswerOn("2027-01-01", "ketkä ovat pienten kuntien puheenjohtajistossa").People.Select(p => p.PersonId).ToList();
        Assert.Contains("timo-reina", people);
        Assert.DoesNotContain("juha-herrala", people);
    }

    [Theory]
    [InlineData("2026-12-31", "juha-herrala", "timo-reina")]
    [InlineData("2027-01-01", "timo-reina", "juha-herrala")]
    public void ReminderRecipients_PresidiumMeeting_TheTermInForceOnTheMeetingDay(string day, string reminded, string notReminded)
    {
        var startsAt = HelsinkiTime.ToUtc(DateOnly.Parse(day), new TimeOnly(9, 0));
        var meeting = new Meeting { NetworkId = Network, BodyId = Presidium, Kind = MeetingKind.PresidiumMeeting, StartsAt = startsAt, EndsAt = startsAt.AddHours(1) };

        var recipients = ReminderRecipients.Of(Catalog, meeting);

        Assert.Contains(reminded, recipients);
        Assert.DoesNotContain(notReminded, recipients);
    }

    [Fact]
    public void AudienceResolver_PresidiumOnTheNewTermsFirstDay_TheNewMembers()
    {
        var keys = AudienceResolver.Resolve(Catalog, Network, AnnouncementAudience.Presidium, new DateOnly(2027, 1, 1)).Select(r => r.Key).ToList();
        Assert.Contains("person:timo-reina", keys);
        Assert.DoesNotContain("person:juha-herrala", keys);
    }

    private static Answer AnswerOn(string day, string text)
    {
        var noon = new DateTimeOffset(DateOnly.Parse(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        return new QuestionAnswerer(Catalog, new ManualClock(noon)).Answer(new Question(text));
    }

    private static NetworkCatalog ThreeTerms(DateOnly nextStart)
    {
        var content = DemoDataSet.Load(new ManualClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)));
        var body = content.Bodies.Single(b => b.Id == Presidium);
        var seed = body.Terms.Single(t => t.Start.Year == 2024);
        var seatIds = content.Bodies.SelectMany(b => b.Terms).SelectMany(t => t.Seats).Max(s => s.Id);
        var termIds = content.Bodies.SelectMany(b => b.Terms).Max(t => t.Id);
        var current = CopyOf(seed, ++termIds, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), ref seatIds, s => s.MemberId);
        body.Terms.Add(current);
        var next = CopyOf(current, ++termIds, nextStart, new DateOnly(2027, 12, 31), ref seatIds, s => s.RegionId == "lansi-suomi" ? "timo-reina" : s.MemberId);
        body.Terms.Add(next);
        var roleId = content.Roles.Max(r => r.Id);
        RoleAssignment[] officers =
        [
            new() { Id = ++roleId, PersonId = "juha-herrala", NetworkId = Network, BodyId = Presidium, Role = Role.Chair, From = current.Start, Until = current.End },
            new() { Id = ++roleId, PersonId = "marjut-ahokas", NetworkId = Network, BodyId = Presidium, Role = Role.FirstViceChair, From = current.Start, Until = current.End },
            new() { Id = ++roleId, PersonId = "marjut-ahokas", NetworkId = Network, BodyId = Presidium, Role = Role.Chair, From = next.Start, Until = next.End },
        ];
        return NetworkCatalog.Create(content with { Roles = [.. content.Roles, .. officers] });
    }

    private static Term CopyOf(Term term, int id, DateOnly start, DateOnly end, ref int seatIds, Func<Seat, string?> member)
    {
        var copy = new Term { Id = id, BodyId = term.BodyId, Start = start, End = end, SourceId = term.SourceId };
        var nextSeatId = seatIds;
        copy.Seats = [.. term.Seats.Select(s => new Seat
        {
            Id = ++nextSeatId, TermId = id, RegionId = s.RegionId, RegionName = s.RegionName, Maakunnat = [.. s.Maakunnat],
            MemberId = member(s), DeputyId = s.DeputyId,
        })];
        seatIds = nextSeatId;
        return copy;
    }
}

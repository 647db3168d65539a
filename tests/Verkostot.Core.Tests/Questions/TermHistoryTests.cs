using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;
using Verkostot.Testing.Time;

namespace Verkostot.Core.Tests.Questions;

/// <summary>Questions over several terms of data: the demo's 2024 presidium plus a 2026 one in which Tarja Hosiasluoma chairs.</summary>
public sealed class TermHistoryTests
{
    private static readonly QuestionAnswerer Answerer = WithSecondTerm();

    [Fact]
    public void Answer_CurrentChair_IsTheCurrentTermsWithoutWarning()
    {
        var text = Ask("kuka on puheenjohtaja");
        Assert.Contains("Tarja Hosiasluoma", text);
        Assert.Contains("Puheenjohtajisto 2026", text);
        Assert.DoesNotContain("Juha Herrala", text);
        Assert.DoesNotContain("päättynyt", text);
    }

    [Fact]
    public void Answer_ChairOfAnEarlierYear_IsThatYearsChair()
    {
        var text = Ask("kuka oli puheenjohtaja 2024");
        Assert.Contains("Juha Herrala", text);
        Assert.Contains("Puheenjohtajisto 2024", text);
        Assert.DoesNotContain("Tarja Hosiasluoma", text);
    }

    [Fact]
    public void Answer_RepresentativeOfAnEarlierYear_UsesThatYearsSeats()
    {
        Assert.Contains("Juha Herrala", Ask("kuka edusti länsi-suomea vuonna 2024"));
        Assert.Contains("Tarja Hosiasluoma", Ask("kuka edustaa länsi-suomea"));
    }

    [Fact]
    public void Answer_TermEnd_IsTheCurrentTermsEnd()
    {
        var text = Ask("milloin puheenjohtajiston kausi päättyy");
        Assert.Contains("kausi 2026 päättyy 31.12.2026", text);
    }

    [Fact]
    public void Answer_PersonsRoles_ShowOnlyTheCurrentTerm()
    {
        var text = Ask("mikä on juha herralan rooli");
        Assert.Contains("Varajäsen", text);
        Assert.DoesNotContain("Puheenjohtaja,", text);
    }

    private static string Ask(string question) =>
        AnswerPlainText.Render(Answerer.Answer(new Question(question, "fi-FI", "pienet-kunnat")));

    private static QuestionAnswerer WithSecondTerm()
    {
        var clock = new ManualClock(DemoCatalogFixture.Monday23Nov2026);
        var content = DemoDataSet.Load(clock);
        var presidium = content.Bodies.Single(b => b.Kind == BodyKind.Presidium);
        var old = presidium.Terms.Single();
        var term = new Term { Id = 99, BodyId = presidium.Id, Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 12, 31), SourceId = old.SourceId };
        term.Seats = [.. old.Seats.Select((s, i) => new Seat
        {
            Id = 990 + i, TermId = term.Id, RegionId = s.RegionId, RegionName = s.RegionName, Maakunnat = s.Maakunnat,
            MemberId = s.RegionId == "lansi-suomi" ? "tarja-hosiasluoma" : s.MemberId,
            DeputyId = s.RegionId == "lansi-suomi" ? "juha-herrala" : s.DeputyId,
        })];
        presidium.Terms.Add(term);
        var roles = content.Roles.Append(new RoleAssignment
        {
            Id = 99,
            PersonId = "tarja-hosiasluoma",
            NetworkId = "pienet-kunnat",
            BodyId = presidium.Id,
            Role = Role.Chair,
            From = term.Start,
            Until = term.End,
            Attribution = content.Roles.First().Attribution,
        }).ToList();
        return new QuestionAnswerer(NetworkCatalog.Create(content with { Roles = roles }), clock);
    }
}

using Verkostot.Core.Domain;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Tests.Questions;

/// <summary>Every question in question-cases.json, answered from the real demo data on 23 November 2026.</summary>
public sealed class QuestionCaseTests(DemoCatalogFixture demo) : IClassFixture<DemoCatalogFixture>
{
    [Theory]
    [MemberData(nameof(QuestionCases.All), MemberType = typeof(QuestionCases))]
    public void Answer_QuestionCase_ContainsExpectedFacts(QuestionCase @case)
    {
        var answer = demo.Answerer.Answer(new Question(@case.Q, @case.Locale ?? "fi-FI", @case.Network, AskerPersonId: @case.Asker));
        var text = AnswerPlainText.Render(answer);

        Assert.False(string.IsNullOrWhiteSpace(answer.Title));
        Assert.True(@case.Kind == answer.Kind.ToString(), $"Expected {@case.Kind} but got {answer.Kind}:\n{text}");

        if (@case.Lang is not null)
        {
            Assert.Equal(@case.Lang, answer.Language switch { Language.Swedish => "sv", Language.English => "en", _ => "fi" });
        }

        foreach (var expected in @case.Expect ?? [])
        {
            Assert.True(text.Contains(expected, StringComparison.OrdinalIgnoreCase), $"Expected \"{expected}\" in:\n{text}");
        }

        if (@case.Hostile)
        {
            Assert.Equal(AnswerKind.NotFound, answer.Kind);
            Assert.DoesNotContain(demo.Catalog.People, p => text.Contains(p.Name.Split(' ')[^1], StringComparison.OrdinalIgnoreCase));
        }

        foreach (var absent in @case.Absent ?? [])
        {
            Assert.False(text.Contains(absent, StringComparison.OrdinalIgnoreCase), $"Did not expect \"{absent}\" in:\n{text}");
        }
    }
}

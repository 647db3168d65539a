using Verkostot.Core.Questions.Understanding;
using Verkostot.Core.Questions.Text;
using Verkostot.Core.Localization;
using Xunit.Abstractions;

namespace Verkostot.Core.Tests.Questions;

/// <summary>The case set is as broad as the product promises: hundreds of questions, Swedish and English at the same level, hostile ones.</summary>
public sealed class QuestionCaseSetTests(ITestOutputHelper output)
{
    [Fact]
    public void CaseSet_HasAtLeast400DistinctQuestions()
    {
        // The same question asked in another setting (network, asker, locale) is another case; the same setting twice is not.
        var distinct = QuestionCases.Every.DistinctBy(c => (c.Q.ToLowerInvariant(), c.Locale, c.Network, c.Asker)).Count();
        output.WriteLine($"{distinct} distinct cases");
        Assert.True(distinct >= 400, $"{distinct} distinct cases");
    }

    [Fact]
    public void CaseSet_HasAtLeast60SwedishAnd40EnglishQuestions()
    {
        var distinct = QuestionCases.Every.DistinctBy(c => (c.Q.ToLowerInvariant(), c.Locale, c.Network, c.Asker)).ToList();
        var swedish = distinct.Count(c => Language(c) == "sv");
        var english = distinct.Count(c => Language(c) == "en");
        output.WriteLine($"{swedish} Swedish, {english} English cases");
        Assert.True(swedish >= 60, $"{swedish} Swedish cases");
        Assert.True(english >= 40, $"{english} English cases");
    }

    [Fact]
    public void CaseSet_HasAtLeast30HostileOrOffTopicQuestions()
    {
        var hostile = QuestionCases.Every.Count(c => c.Hostile);
        output.WriteLine($"{hostile} hostile or off-topic cases");
        Assert.True(hostile >= 30, $"{hostile} hostile or off-topic cases");
    }

    [Fact]
    public void CaseSet_HostileCasesEachExpectTheHonestNotFound()
    {
        string[] honest = ["En löytänyt", "Jag hittade ingen information", "I couldn't find information"];

        var without = QuestionCases.Every.Where(c => c.Hostile && !(c.Expect ?? []).Any(e => honest.Any(h => e.StartsWith(h, StringComparison.Ordinal)))).ToList();

        Assert.True(without.Count == 0, $"hostile cases not expecting the honest not-found: {string.Join(", ", without)}");
    }

    /// <summary>The language a case is in: as it asserts, else as the bot reads it.</summary>
    private static string Language(QuestionCase c) => c.Lang ?? LanguageDetector.Detect(TextNormalizer.Normalize(c.Q), LocaleLanguage.Of(c.Locale ?? "fi-FI")) switch
    {
        Domain.Language.Swedish => "sv",
        Domain.Language.English => "en",
        _ => "fi",
    };
}

using Verkostot.Core.Questions.Understanding;
using Verkostot.Core.Questions.Text;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Tests.Questions;

/// <summary>The case set is as broad as the product promises: hundreds of questions, Swedish and English at the same level, hostile ones.</summary>
public sealed class QuestionCaseSetTests
{
    [Fact]
    public void CaseSet_HasAtLeast400DistinctQuestions()
    {
        // The same question asked in another setting (network, asker, locale) is another case; the same setting twice is not.
        var distinct = QuestionCases.Every.DistinctBy(c => (c.Q.ToLowerInvariant(), c.Locale, c.Network, c.Asker)).Count();
        Assert.True(distinct >= 400, $"{distinct} distinct cases");
    }

    [Fact]
    public void CaseSet_HasAtLeast60SwedishAnd40EnglishQuestions()
    {
        var distinct = QuestionCases.Every.DistinctBy(c => (c.Q.ToLowerInvariant(), c.Locale, c.Network, c.Asker)).ToList();
        Assert.True(distinct.Count(c => Language(c) == "sv") >= 60);
        Assert.True(distinct.Count(c => Language(c) == "en") >= 40);
    }

    [Fact]
    public void CaseSet_HasAtLeast30HostileOrOffTopicQuestions()
    {
        Assert.True(QuestionCases.Every.Count(c => c.Hostile) >= 30);
    }

    /// <summary>The language a case is in: as it asserts, else as the bot reads it.</summary>
    private static string Language(QuestionCase c) => c.Lang ?? LanguageDetector.Detect(TextNormalizer.Normalize(c.Q), LocaleLanguage.Of(c.Locale ?? "fi-FI")) switch
    {
        Domain.Language.Swedish => "sv",
        Domain.Language.English => "en",
        _ => "fi",
    };
}

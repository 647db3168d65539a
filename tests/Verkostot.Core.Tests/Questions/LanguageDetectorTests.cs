using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Text;
using Verkostot.Core.Questions.Understanding;

namespace Verkostot.Core.Tests.Questions;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("kuka on puheenjohtaja", Language.Finnish)]
    [InlineData("milloin on seuraava kokous", Language.Finnish)]
    [InlineData("vem är ordförande", Language.Swedish)]
    [InlineData("när är nästa möte", Language.Swedish)]
    [InlineData("vem representerar Östra Finland", Language.Swedish)]
    [InlineData("who chairs the network", Language.English)]
    [InlineData("when is the next meeting", Language.English)]
    public void Detect_QuestionWords_DecideLanguage(string question, Language expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(TextNormalizer.Normalize(question), Language.Finnish));
    }

    [Theory]
    [InlineData(Language.Swedish)]
    [InlineData(Language.English)]
    public void Detect_OnlyAName_FallsBackToLocale(Language locale)
    {
        Assert.Equal(locale, LanguageDetector.Detect(TextNormalizer.Normalize("Herrala"), locale));
    }
}

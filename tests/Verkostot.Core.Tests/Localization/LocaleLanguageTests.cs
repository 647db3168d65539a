using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Tests.Localization;

public sealed class LocaleLanguageTests
{
    [Theory]
    [InlineData("fi-FI", Language.Finnish)]
    [InlineData("sv-FI", Language.Swedish)]
    [InlineData("en-US", Language.English)]
    [InlineData(null, Language.Finnish)]
    [InlineData("de-DE", Language.Finnish)]
    public void Of_ActivityLocale_Language(string? locale, Language expected)
    {
        Assert.Equal(expected, LocaleLanguage.Of(locale));
    }

    [Theory]
    [InlineData("fi-FI", Language.Finnish)]
    [InlineData("sv-FI", Language.Swedish)]
    [InlineData("sv_SE", Language.Swedish)]
    [InlineData("EN-gb", Language.English)]
    [InlineData(" fi ", Language.Finnish)]
    public void Find_LocaleTheBotSpeaks_ItsLanguage(string locale, Language expected)
    {
        Assert.Equal(expected, LocaleLanguage.Find(locale));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("fil-PH")]
    public void Find_MissingOrForeignLocale_Null(string? locale)
    {
        Assert.Null(LocaleLanguage.Find(locale));
    }

    [Theory]
    [InlineData(Language.Finnish, "kiitos")]
    [InlineData(Language.Swedish, "tack")]
    [InlineData(Language.English, "thank you")]
    public void Pick_Language_ItsWording(Language language, string expected)
    {
        Assert.Equal(expected, language.Pick("kiitos", "tack", "thank you"));
    }
}

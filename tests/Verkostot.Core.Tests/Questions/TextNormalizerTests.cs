using System.Diagnostics;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Tests.Questions;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_PunctuationAndCapitals_LowerCaseWords()
    {
        var text = TextNormalizer.Normalize("Kuka on PUHEENJOHTAJA, Itä-Suomessa?!");

        Assert.Equal(["kuka", "on", "puheenjohtaja", "itä", "suomessa"], text.Tokens);
    }

    [Fact]
    public void Normalize_HtmlEntitiesAndStrayTags_Removed()
    {
        var text = TextNormalizer.Normalize("<p>kuka&nbsp;on <b>pj</b> &amp; sihteeri</p>");

        Assert.Equal(["kuka", "on", "pj", "sihteeri"], text.Tokens);
    }

    [Fact]
    public void Normalize_Diacritics_FoldedOnlyInFallbackTier()
    {
        var text = TextNormalizer.Normalize("Itä-Suomi Åland");

        Assert.Equal(["itä", "suomi", "åland"], text.Tokens);
        Assert.Equal(["ita", "suomi", "aland"], text.Folded);
    }

    [Fact]
    public void Normalize_HundredKilobytes_CutQuickly()
    {
        var huge = string.Concat(Enumerable.Repeat("kuka on puheenjohtaja <b>", 4_000));
        var watch = Stopwatch.StartNew();

        var text = TextNormalizer.Normalize(huge);

        Assert.True(watch.ElapsedMilliseconds < 200, $"took {watch.ElapsedMilliseconds} ms");
        Assert.True(text.Lowered.Length <= TextNormalizer.MaxInputLength);
        Assert.True(text.Tokens.Count <= TextNormalizer.MaxTokens);
    }

    [Fact]
    public void Normalize_UnclosedTag_DropsTheRestWithoutFailing()
    {
        var text = TextNormalizer.Normalize("moi <at Verkostot");

        Assert.Equal(["moi"], text.Tokens);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ?!  ")]
    public void Normalize_NothingToRead_Empty(string? input)
    {
        Assert.True(TextNormalizer.Normalize(input).IsEmpty);
    }

    [Theory]
    [InlineData("herrala", "herrla", 1)]
    [InlineData("ahokas", "ahkoas", 1)]
    [InlineData("puheenjohtaja", "puheenjohtja", 1)]
    [InlineData("sorvanto", "sorvanto", 0)]
    public void EditDistance_Typos_CountsTranspositionAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, 3));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    public void EditDistance_Allowed_GrowsWithWordLength(int length, int allowed)
    {
        Assert.Equal(allowed, EditDistance.Allowed(length));
    }
}

using Verkostot.Core.Questions;

namespace Verkostot.Core.Tests.Questions;

/// <summary>Whatever people paste into Teams, the bot answers something sensible and never fails.</summary>
public sealed class OddInputTests(DemoCatalogFixture demo) : IClassFixture<DemoCatalogFixture>
{
    [Theory]
    [InlineData("\u0000\u0001")]
    [InlineData("🙂🙂🙂")]
    [InlineData("8.12.")]
    [InlineData("31.13.")]
    [InlineData("99.99.9999")]
    [InlineData("&lt;&gt;&amp;&#x27;&#0;")]
    [InlineData("<at>Verkostot</at>")]
    [InlineData("?")]
    [InlineData("kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka kuka")]
    [InlineData("مرحبا من هو الرئيس")]
    public void Answer_OddInput_TitledAnswer(string input)
    {
        var answer = demo.Answerer.Answer(new Question(input));

        Assert.False(string.IsNullOrWhiteSpace(answer.Title));
    }

    [Fact]
    public void Answer_OneHugeWord_TitledAnswer()
    {
        var answer = demo.Answerer.Answer(new Question(new string('ä', 100_000)));

        Assert.False(string.IsNullOrWhiteSpace(answer.Title));
    }

    [Fact]
    public void Answer_RandomText_NeverFails()
    {
        var random = new Random(20261123);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzäöå .,-?!0123456789<>&;";
        for (var i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var answer = demo.Answerer.Answer(new Question(text));

            Assert.False(string.IsNullOrWhiteSpace(answer.Title), text);
        }
    }
}

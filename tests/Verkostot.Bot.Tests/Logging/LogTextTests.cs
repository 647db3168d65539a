using Verkostot.Bot.Logging;

namespace Verkostot.Bot.Tests.Logging;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("verb\r\nwarn: forged", @"verb\r\nwarn: forged")]
    [InlineData("red\u001b[31mtext\u0007", @"red\u001B[31mtext\u0007")]
    [InlineData("tab\tnul\0", @"tab\tnul\u0000")]
    [InlineData("line\u2028separator", @"line\u2028separator")]
    [InlineData("trojan\u202Esource", @"trojan\u202Esource")]
    public void Escape_UnsafeCharacters_BecomeVisibleEscapes(string text, string expected) =>
        Assert.Equal(expected, LogText.Escape(text));

    [Fact]
    public void Escape_LoneSurrogate_BecomesVisibleEscape() =>
        // Built in code: a test runner would replace a lone surrogate in attribute data before the test saw it.
        Assert.Equal(@"lone\uD800surrogate", LogText.Escape("lone" + '\ud800' + "surrogate"));

    [Theory]
    [InlineData("Kokous ti 8.12.2026 klo 9.00 — Ähtäri, Närpes")]
    [InlineData("a:1xYz-_.;messageid=1700000000000")]
    [InlineData("emoji 👍 pair")]
    public void Escape_OrdinaryText_Unchanged(string text) =>
        Assert.Same(text, LogText.Escape(text));
}

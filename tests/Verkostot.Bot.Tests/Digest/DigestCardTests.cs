using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Digest;

public sealed class DigestCardTests
{
    [Fact]
    public void Digest_HeadingInFinnishInessive() =>
        Assert.Contains("Kokoukset joulukuussa 2026", CardJson.Strings(DigestCardSamples.Digest()));
}

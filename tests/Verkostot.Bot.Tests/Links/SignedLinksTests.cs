using System.Web;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Links;

/// <summary>One public address and one key for every signed link, each kind signing its own purpose.</summary>
public sealed class SignedLinksTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Create_UnderPublicBaseUrl_KeepsItsPath()
    {
        var links = TestLinks.Signed(Clock, "https://example.fi/verkostot");

        var link = links.Create("calendar", "12", "meetings/12/calendar.ics", TimeSpan.FromDays(1));

        Assert.StartsWith("https://example.fi/verkostot/meetings/12/calendar.ics?expires=", link.AbsoluteUri);
    }

    [Fact]
    public void IsValid_OwnLink_Accepted()
    {
        var links = TestLinks.Signed(Clock);
        var (expires, sig) = Parts(links.Create("calendar", "12", "x", TimeSpan.FromDays(1)));

        Assert.True(links.IsValid("calendar", "12", expires, sig));
    }

    [Fact]
    public void IsValid_SignatureOfAnotherPurpose_Refused()
    {
        var links = TestLinks.Signed(Clock);
        var (expires, sig) = Parts(links.Create("calendar", "12", "x", TimeSpan.FromDays(1)));

        Assert.False(links.IsValid("report", "12", expires, sig));
    }

    [Fact]
    public void IsValid_SignedWithAnotherKey_Refused()
    {
        var (expires, sig) = Parts(TestLinks.Signed(Clock, key: new string('a', 32)).Create("calendar", "12", "x", TimeSpan.FromDays(1)));

        Assert.False(TestLinks.Signed(Clock, key: new string('b', 32)).IsValid("calendar", "12", expires, sig));
    }

    [Fact]
    public void IsValid_AnotherInstanceWithTheSameKey_Accepted()
    {
        var (expires, sig) = Parts(TestLinks.Signed(Clock, key: new string('a', 32)).Create("report", "r", "x", TimeSpan.FromDays(1)));

        Assert.True(TestLinks.Signed(Clock, key: new string('a', 32)).IsValid("report", "r", expires, sig));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1")]
    public void IsValid_MalformedExpiry_Refused(string? expires)
    {
        var links = TestLinks.Signed(Clock);
        var (_, sig) = Parts(links.Create("calendar", "12", "x", TimeSpan.FromDays(1)));

        Assert.False(links.IsValid("calendar", "12", expires, sig));
    }

    private static (string Expires, string Sig) Parts(Uri link)
    {
        var query = HttpUtility.ParseQueryString(link.Query);
        return (query["expires"]!, query["sig"]!);
    }
}

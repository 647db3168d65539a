using System.Web;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;

namespace Verkostot.Bot.Tests.Meetings;

public sealed class CalendarLinksTests
{
    private static (string Expires, string Sig) Parts(Uri link)
    {
        var query = HttpUtility.ParseQueryString(link.Query);
        return (query["expires"]!, query["sig"]!);
    }

    [Fact]
    public void IsValid_OwnLink_Accepted()
    {
        var (exp, sig) = Parts(MeetingCardSamples.Links.For(12));
        Assert.True(MeetingCardSamples.Links.IsValid(12, exp, sig));
    }

    [Fact]
    public void IsValid_LinkForAnotherMeeting_Refused()
    {
        var (exp, sig) = Parts(MeetingCardSamples.Links.For(12));
        Assert.False(MeetingCardSamples.Links.IsValid(13, exp, sig));
    }

    [Fact]
    public void IsValid_ExtendedExpiry_Refused()
    {
        var (exp, sig) = Parts(MeetingCardSamples.Links.For(12));
        Assert.False(MeetingCardSamples.Links.IsValid(12, (long.Parse(exp, System.Globalization.CultureInfo.InvariantCulture) + 86400).ToString(System.Globalization.CultureInfo.InvariantCulture), sig));
    }

    [Fact]
    public void IsValid_Expired_Refused()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(MeetingCardSamples.Clock.GetUtcNow());
        var links = new CalendarLinks(TestLinks.Signed(clock), Microsoft.Extensions.Options.Options.Create(new MeetingsOptions()));
        var (exp, sig) = Parts(links.For(12));
        clock.Advance(TimeSpan.FromDays(61));
        Assert.False(links.IsValid(12, exp, sig));
    }

    [Fact]
    public void Serialize_Meeting_HelsinkiLocalTimesWithZone()
    {
        var ics = MeetingIcs.Serialize(MeetingCardSamples.Presidium, MeetingCardSamples.Clock.GetUtcNow(), Language.Finnish);
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20261208T090000", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.Contains("DTSTAMP:20261123T100000Z", ics);
    }
}

using System.Diagnostics;
using Verkostot.Bot.Telemetry;

namespace Verkostot.Bot.Tests.Telemetry;

public sealed class PersonalDataRedactionTests
{
    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/maija.virtanen@kunta.fi/sendMail", "https://graph.microsoft.com/v1.0/users/{id}/sendMail")]
    [InlineData("https://graph.microsoft.com/v1.0/groups/3b1f7a52-6c1e-4d2b-9a3f-0f4e5d6c7b8a/members/delta?$deltatoken=abc",
        "https://graph.microsoft.com/v1.0/groups/{id}/members/delta")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a:1xYz9Q_0kLm/activities/1234567", "https://smba.trafficmanager.net/emea/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/29%3A1abc/members", "https://smba.trafficmanager.net/emea/v3/conversations/{id}/members")]
    public void OnEnd_OutboundCall_KeepsHostAndWordsOnly(string url, string expected)
    {
        using var span = Span(("url.full", url));

        new PersonalDataRedaction().OnEnd(span);

        Assert.Equal(expected, span.GetTagItem("url.full"));
    }

    [Fact]
    public void OnEnd_Request_PathIsTheRouteAndQueryClientAndAgentAreGone()
    {
        using var span = Span(
            ("url.path", "/hallinta/pienet-kunnat/henkilot/juha-herrala"), ("http.route", "/hallinta/{network}/henkilot/{person}"),
            ("url.query", "?sig=abc"), ("client.address", "10.1.2.3"), ("user_agent.original", "Mozilla/5.0"));

        new PersonalDataRedaction().OnEnd(span);

        Assert.Equal("/hallinta/{network}/henkilot/{person}", span.GetTagItem("url.path"));
        Assert.Null(span.GetTagItem("url.query"));
        Assert.Null(span.GetTagItem("client.address"));
        Assert.Null(span.GetTagItem("user_agent.original"));
    }

    [Fact]
    public void OnEnd_RequestWithoutRoute_NoPathAtAll()
    {
        using var span = Span(("url.path", "/kuka/on/juha-herrala"));

        new PersonalDataRedaction().OnEnd(span);

        Assert.Null(span.GetTagItem("url.path"));
    }

    private static Activity Span(params (string Key, string Value)[] tags)
    {
        var span = new Activity("test").SetIdFormat(ActivityIdFormat.W3C);
        span.Start();
        foreach (var (key, value) in tags)
        {
            span.SetTag(key, value);
        }
        span.Stop();
        return span;
    }
}

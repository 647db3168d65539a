using System.Net;
using System.Net.Http.Headers;
using Verkostot.Bot.Connector;

namespace Verkostot.Bot.Tests.Connector;

public sealed class RetryAfterDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }

    [Fact]
    public void From_Seconds_IsThatMany()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterDelay.From(response, Now, Cap));
    }

    [Fact]
    public void From_Date_IsTheTimeUntilThen()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddSeconds(12)));

        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfterDelay.From(response, Now, Cap));
    }

    [Fact]
    public void From_DateInThePast_IsZero()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddSeconds(-5)));

        Assert.Equal(TimeSpan.Zero, RetryAfterDelay.From(response, Now, Cap));
    }

    [Fact]
    public void From_LongerThanCap_IsTheCap()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromHours(1)));

        Assert.Equal(Cap, RetryAfterDelay.From(response, Now, Cap));
    }

    [Fact]
    public void From_NoHeader_IsNull()
    {
        using var response = Throttled(null);

        Assert.Null(RetryAfterDelay.From(response, Now, Cap));
    }
}

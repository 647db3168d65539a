using System.Diagnostics;
using System.Net;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Testing.Connector;

namespace Verkostot.Bot.Tests.Connector;

public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private ConnectorHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConnectorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<ResourceResponse> SendAsync() =>
        _h.Client.SendToConversationAsync(_h.ServiceUrl, "a:1", OutgoingActivity.Message("Hei"));

    [Fact]
    public async Task Send_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        _h.Connector.Enqueue(FakeResponse.Throttled("1"));

        var sent = await SendAsync();

        var requests = _h.Connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(4));
        Assert.NotNull(sent.Id);
    }

    [Fact]
    public async Task Send_429WithLongRetryAfter_WaitsOnlyUpToTheCap()
    {
        _h.Connector.Enqueue(FakeResponse.Throttled("3600"));
        var watch = Stopwatch.StartNew();

        await SendAsync();

        // The harness caps Retry-After at 2 s.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(5));
        Assert.Equal(2, _h.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Send_TransientStatus_IsRetried(int status)
    {
        _h.Connector.Enqueue(FakeResponse.Status(status), FakeResponse.Status(status));

        await SendAsync();

        Assert.Equal(3, _h.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_ServerErrorEveryTime_GivesUpAfterFiveAttemptsAsServerError()
    {
        _h.Connector.Always(FakeResponseFor.ServerError);

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(5, _h.Connector.Requests.Count);
        Assert.Equal((ConnectorErrorKind.ServerError, HttpStatusCode.InternalServerError), (error.Kind, error.StatusCode));
        Assert.True(error.IsTransient);
        Assert.False(error.IsPermanent);
    }

    [Fact]
    public async Task Send_ThrottledEveryTime_GivesUpAsThrottled()
    {
        _h.Connector.Always(FakeResponse.Throttled("0"));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(5, _h.Connector.Requests.Count);
        Assert.Equal(ConnectorErrorKind.Throttled, error.Kind);
    }

    [Theory]
    [InlineData(400, ConnectorErrorKind.BadRequest, false)]
    [InlineData(401, ConnectorErrorKind.Unauthorized, false)]
    [InlineData(403, ConnectorErrorKind.Forbidden, true)]
    [InlineData(404, ConnectorErrorKind.NotFound, true)]
    public async Task Send_ClientError_IsTypedAndNotRetried(int status, ConnectorErrorKind kind, bool permanent)
    {
        _h.Connector.Always(FakeResponse.Error(status, "SomeCode"));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Single(_h.Connector.Requests);
        Assert.Equal((kind, (HttpStatusCode)status, permanent), (error.Kind, error.StatusCode, error.IsPermanent));
    }

    [Fact]
    public async Task Send_UserBlockedTheBot_ReportsTheConnectorsErrorCode()
    {
        _h.Connector.Always(FakeResponse.Error(403, "ConversationBlockedByUser", "User blocked the conversation with the bot."));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Contains("User blocked", error.Message);
    }

    [Fact]
    public async Task Send_ErrorWithHtmlBody_IsStillTypedByStatus()
    {
        _h.Connector.Always(new FakeResponse(404, "<html>Not here</html>"));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal((ConnectorErrorKind.NotFound, null), (error.Kind, error.ErrorCode));
    }

    [Fact]
    public async Task Send_AnswerSlowerThanAttemptTimeout_IsRetriedThenUnavailable()
    {
        await using var h = await ConnectorHarness.StartAsync(new()
        {
            ["Connector:AttemptTimeout"] = "00:00:00.500",
            ["Connector:MaxRetryAttempts"] = "1",
        });
        h.Connector.Always(new FakeResponse(200, "{}", Delay: TimeSpan.FromSeconds(3)));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            h.Client.SendToConversationAsync(h.ServiceUrl, "a:1", OutgoingActivity.Message("Hei")));

        Assert.Equal((ConnectorErrorKind.Unavailable, null), (error.Kind, error.StatusCode));
        Assert.Equal(2, h.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_NobodyListening_IsUnavailable()
    {
        var gone = await FakeConnector.StartAsync();
        var serviceUrl = gone.ServiceUrl;
        await gone.DisposeAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _h.Client.SendToConversationAsync(serviceUrl, "a:1", OutgoingActivity.Message("Hei")));

        Assert.Equal(ConnectorErrorKind.Unavailable, error.Kind);
        Assert.IsAssignableFrom<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceled()
    {
        _h.Connector.Always(new FakeResponse(200, "{}", Delay: TimeSpan.FromSeconds(3)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _h.Client.SendToConversationAsync(_h.ServiceUrl, "a:1", OutgoingActivity.Message("Hei"), cancel.Token));
    }
}

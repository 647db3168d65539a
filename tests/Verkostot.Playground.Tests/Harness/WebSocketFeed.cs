using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// One of the Playground's WebSockets that feed its web page, read into JSON frames as they come; waiters wake on
/// every frame. The Playground buffers frames until a first client connects, so nothing sent before is lost.
/// </summary>
internal sealed class WebSocketFeed<T> : IAsyncDisposable where T : class
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<T> _frames = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly JsonTypeInfo<T> _type;
    private Task _reading = Task.CompletedTask;

    private WebSocketFeed(JsonTypeInfo<T> type) => _type = type;

    public static async Task<WebSocketFeed<T>> OpenAsync(Uri playground, string path, JsonTypeInfo<T> type)
    {
        var feed = new WebSocketFeed<T>(type);
        var uri = new UriBuilder(playground) { Scheme = "ws", Path = path }.Uri;
        await feed._socket.ConnectAsync(uri, CancellationToken.None);
        feed._reading = feed.ReadAsync();
        return feed;
    }

    /// <summary>The frames so far, oldest first.</summary>
    public IReadOnlyList<T> Frames
    {
        get { lock (_frames) { return [.. _frames]; } }
    }

    /// <summary>Waits until <paramref name="find"/> finds something in the frames so far; fails the test with <paramref name="failure"/> after the timeout.</summary>
    public async Task<TFound> WaitForAsync<TFound>(Func<IReadOnlyList<T>, TFound?> find, TimeSpan timeout, Func<string> failure) where TFound : class
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (find(Frames) is { } found)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail(failure());
            }
        }
    }

    /// <summary>Waits until nothing has arrived for <paramref name="quiet"/> (at most <paramref name="atMost"/>), e.g. welcome messages after installing.</summary>
    public async Task SettleAsync(TimeSpan quiet, TimeSpan atMost)
    {
        using var deadline = new CancellationTokenSource(atMost);
        try
        {
            while (await _arrived.WaitAsync(quiet, deadline.Token))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // Still chatty after atMost: go on; tests only look at what comes after their own doing.
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var received = JsonSerializer.Deserialize(frame.ToArray(), _type);
                frame.SetLength(0);
                if (received is null)
                {
                    continue;
                }

                lock (_frames)
                {
                    _frames.Add(received);
                }

                _arrived.Release();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
            // The Playground went away: waiting tests time out and report what they saw.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }
}

using System.Net.WebSockets;
using System.Text.Json;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The Playground's WebSocket that feeds its web page: every message the bot sends (through the mocked connector)
/// appears here as a "createMessage" event, whatever the conversation.
/// </summary>
internal sealed class ConversationStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ConversationEvent> _events = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private Task _reading = Task.CompletedTask;

    public static async Task<ConversationStream> OpenAsync(Uri playground)
    {
        var stream = new ConversationStream();
        var uri = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await stream._socket.ConnectAsync(uri, CancellationToken.None);
        stream._reading = stream.ReadAsync();
        return stream;
    }

    /// <summary>The first message the bot shows in <paramref name="conversationId"/> later than <paramref name="after"/> (Playground clock, ms).</summary>
    /// <param name="match">
    /// Which of the bot's messages is awaited: replies are not tied to the message they answer in what the Playground
    /// shows, so a late welcome or an earlier answer must not be taken for this one.
    /// </param>
    public async Task<ShownMessage> BotMessageAsync(string conversationId, long after, TimeSpan timeout, Func<ShownMessage, bool>? match = null)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            lock (_events)
            {
                var shown = _events
                    .Where(e => e.Action == "createMessage" && e.ActionConversationId == conversationId)
                    .Select(e => e.Message)
                    .FirstOrDefault(m => m is not null && m.Timestamp > after && m.From?.Id == PlaygroundTenant.BotId && (match?.Invoke(m) ?? true));
                if (shown is not null)
                {
                    return shown;
                }
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The bot showed nothing in {conversationId} within {timeout.TotalSeconds} s. Events seen:\n{Describe()}");
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
            // Still chatty after atMost: go on; tests only look at messages after their own.
        }
    }

    private string Describe()
    {
        lock (_events)
        {
            return _events.Count == 0
                ? "(none)"
                : string.Join('\n', _events.Select(e => $"{e.Action} {e.ActionConversationId} from {e.Message?.From?.Id}: {e.Message?.Visible}"));
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

                var received = JsonSerializer.Deserialize(frame.ToArray(), PlaygroundJsonContext.Default.ConversationEvent);
                frame.SetLength(0);
                if (received is null)
                {
                    continue;
                }

                lock (_events)
                {
                    _events.Add(received);
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

using Verkostot.Playground.Tests.Harness.Json;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The Playground's WebSocket that feeds its web page: every message the bot sends (through the mocked connector)
/// into a conversation the current user is in appears here as a "createMessage" event. Chats the bot opens with
/// other users are left out, as in the web page: <see cref="PlaygroundLog"/> shows those.
/// </summary>
internal sealed class ConversationStream : IAsyncDisposable
{
    private readonly WebSocketFeed<ConversationEvent> _feed;

    private ConversationStream(WebSocketFeed<ConversationEvent> feed) => _feed = feed;

    public static async Task<ConversationStream> OpenAsync(Uri playground) => new(
        await WebSocketFeed<ConversationEvent>.OpenAsync(playground, "/_ws_conversation/v1/conversations/stream", PlaygroundJsonContext.Default.ConversationEvent));

    /// <summary>The first message the bot shows in <paramref name="conversationId"/> later than <paramref name="after"/> (Playground clock, ms).</summary>
    /// <param name="match">
    /// Which of the bot's messages is awaited: replies are not tied to the message they answer in what the Playground
    /// shows, so a late welcome or an earlier answer must not be taken for this one.
    /// </param>
    public Task<ShownMessage> BotMessageAsync(string conversationId, long after, TimeSpan timeout, Func<ShownMessage, bool>? match = null) =>
        _feed.WaitForAsync(
            events => events
                .Where(e => e.Action == "createMessage" && e.ActionConversationId == conversationId)
                .Select(e => e.Message)
                .FirstOrDefault(m => m is not null && m.Timestamp > after && m.From?.Id == PlaygroundTenant.BotId && (match?.Invoke(m) ?? true)),
            timeout,
            () => $"The bot showed nothing in {conversationId} within {timeout.TotalSeconds} s. Events seen:\n{Describe()}");

    /// <summary>Waits until nothing has arrived for <paramref name="quiet"/> (at most <paramref name="atMost"/>), e.g. welcome messages after installing.</summary>
    public Task SettleAsync(TimeSpan quiet, TimeSpan atMost) => _feed.SettleAsync(quiet, atMost);

    private string Describe()
    {
        var events = _feed.Frames;
        return events.Count == 0
            ? "(none)"
            : string.Join('\n', events.Select(e => $"{e.Action} {e.ActionConversationId} from {e.Message?.From?.Id}: {e.Message?.Visible}"));
    }

    public ValueTask DisposeAsync() => _feed.DisposeAsync();
}

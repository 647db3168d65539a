using System.Text.Json;
using Verkostot.Playground.Tests.Harness.Json;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The Playground's log WebSocket (the web page's log panel): every Bot Connector call the bot makes, with its request
/// and the Playground's answer, whatever the conversation. Unlike <see cref="ConversationStream"/> it also shows
/// what the bot sends to other users, such as a deputy's invitation.
/// </summary>
internal sealed class PlaygroundLog : IAsyncDisposable
{
    private readonly WebSocketFeed<LogFrame> _feed;

    private PlaygroundLog(WebSocketFeed<LogFrame> feed) => _feed = feed;

    public static async Task<PlaygroundLog> OpenAsync(Uri playground) => new(
        await WebSocketFeed<LogFrame>.OpenAsync(playground, "/_ws/log/stream", PlaygroundJsonContext.Default.LogFrame));

    /// <summary>
    /// Messages the bot sent through the connector and the Playground took (201), as they would be shown; the message
    /// id is the Playground's, so a card's buttons can be pressed.
    /// </summary>
    public IReadOnlyList<ShownMessage> BotMessages(Func<ShownMessage, bool> match) =>
        [.. _feed.Frames.Select(f => f.Log).Select(AcceptedMessage).OfType<ShownMessage>().Where(match)];

    public Task<ShownMessage> BotMessageAsync(Func<ShownMessage, bool> match, TimeSpan timeout, string what) =>
        _feed.WaitForAsync(_ => BotMessages(match).FirstOrDefault(), timeout,
            () => $"The bot sent no {what} within {timeout.TotalSeconds} s. Logged:\n{Describe()}");

    /// <summary>Waits until nothing has been logged for <paramref name="quiet"/> (at most <paramref name="atMost"/>), e.g. before counting messages.</summary>
    public Task SettleAsync(TimeSpan quiet, TimeSpan atMost) => _feed.SettleAsync(quiet, atMost);

    /// <summary>The 1:1 chat the Playground opened when the bot asked for one with <paramref name="person"/> (createConversation).</summary>
    public Task<string> PersonalChatOpenedWithAsync(PlaygroundPerson person, TimeSpan timeout) =>
        _feed.WaitForAsync(
            frames => frames.Select(f => f.Log)
                .Where(log => log is { Response.StatusCode: 201 } && FirstMemberId(log.Request?.Body) == person.Id)
                .Select(log => String(log!.Response!.Body, "id"))
                .FirstOrDefault(id => id is not null),
            timeout,
            () => $"The bot opened no 1:1 chat with {person.Name} within {timeout.TotalSeconds} s. Logged:\n{Describe()}");

    private static ShownMessage? AcceptedMessage(LogItem? log)
    {
        if (log is not { ActivityName: "message", Request.Body: { ValueKind: JsonValueKind.Object } body, Response: { StatusCode: 201 } response }
            || String(response.Body, "id") is not { } messageId)
        {
            return null;
        }

        var attachments = body.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => new ShownAttachment(String(a, "contentType"), a.TryGetProperty("content", out var c) ? c.Clone() : null)).ToList()
            : [];
        return new ShownMessage(messageId, log.Timestamp, new PlaygroundAccount(PlaygroundTenant.BotId), String(body, "text"), attachments);
    }

    private static string? FirstMemberId(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("members", out var members)
            && members.ValueKind == JsonValueKind.Array && members.GetArrayLength() > 0
            ? String(members[0], "id")
            : null;

    private static string? String(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private string Describe()
    {
        var frames = _feed.Frames;
        return frames.Count == 0
            ? "(none)"
            : string.Join('\n', frames.Select(f => $"{f.Log?.ActivityName} {f.Log?.Response?.StatusCode}: {f.Log?.Request?.Body?.GetRawText()} -> {f.Log?.Response?.Body?.GetRawText()}"));
    }

    public ValueTask DisposeAsync() => _feed.DisposeAsync();
}

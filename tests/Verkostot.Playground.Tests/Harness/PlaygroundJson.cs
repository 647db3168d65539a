using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Playground.Tests.Harness;

// The Playground's own HTTP and WebSocket API (not the Bot Framework protocol): what a user does in its web page.

internal sealed record UserMessage(
    PlaygroundAccount From,
    string Text,
    string TextFormat,
    IReadOnlyList<UserMention>? Mentions = null);

internal sealed record PlaygroundAccount(string Id);

internal sealed record UserMention(PlaygroundAccount Mentioned, string Text);

/// <summary>Answer to a posted message; in a channel each new post opens its own conversation (a thread).</summary>
internal sealed record PostedMessage(string MessageId, string? PostConversationId, long Timestamp);

/// <summary>One frame of the conversation stream: something happened in a conversation shown in the web page.</summary>
internal sealed record ConversationEvent(string? Action, string? ActionConversationId, ShownMessage? Message);

internal sealed record ShownMessage(
    string? MessageId, long Timestamp, PlaygroundAccount? From, string? Text, IReadOnlyList<ShownAttachment>? Attachments)
{
    /// <summary>What a person sees: the text, or else the cards (the bot answers questions with Adaptive Cards).</summary>
    public string Visible => string.Join('\n', new[] { Text }
        .Concat((Attachments ?? []).Select(a => a.Content?.GetRawText()))
        .Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>The card's Action.Execute button with this title, or null.</summary>
    public CardButton? Button(string title) => (Attachments ?? [])
        .Select(a => a.Content is { } card ? CardButton.Find(card, title) : null)
        .FirstOrDefault(button => button is not null);
}

internal sealed record ShownAttachment(string? ContentType, JsonElement? Content);

/// <summary>
/// What <c>POST /_conversation/v1/invoke</c> takes when a card button is pressed in the web page: the action, who
/// pressed it, and the message holding the card.
/// </summary>
internal sealed record CardActionInvoke(
    string Name, CardActionInvokeValue Value, PlaygroundAccount From, PlaygroundConversation Conversation, string ReplyToId);

internal sealed record CardActionInvokeValue(CardActionInvokeAction Action, string Trigger);

internal sealed record CardActionInvokeAction(string Type, string Verb, JsonElement? Data, string Title);

internal sealed record PlaygroundConversation(string Id);

/// <summary>
/// The bot's answer to a pressed button as the Playground hands it back: an Adaptive Card that replaces the pressed
/// one (application/vnd.microsoft.card.adaptive) or a message (application/vnd.microsoft.activity.message).
/// </summary>
internal sealed record CardActionAnswer(string? Type, JsonElement? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The texts of the card's text blocks, one per line, or the message.</summary>
    public string Visible => Value switch
    {
        { ValueKind: JsonValueKind.String } message => message.GetString() ?? "",
        { } card => string.Join('\n', Texts(card)),
        null => "",
    };

    public CardButton? Button(string title) => Value is { ValueKind: JsonValueKind.Object } card ? CardButton.Find(card, title) : null;

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p is { Name: "text", Value.ValueKind: JsonValueKind.String } ? [p.Value.GetString()!] : Texts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };
}

/// <summary>An Action.Execute button of an Adaptive Card: what the Playground sends to the bot when it is pressed.</summary>
internal sealed record CardButton(string Title, string Verb, JsonElement? Data, string? Style)
{
    public static CardButton? Find(JsonElement element, string title)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (Is(element, "type", "Action.Execute") && Is(element, "title", title))
                {
                    return new CardButton(
                        title,
                        element.TryGetProperty("verb", out var verb) ? verb.GetString() ?? "" : "",
                        element.TryGetProperty("data", out var data) ? data.Clone() : null,
                        element.TryGetProperty("style", out var style) ? style.GetString() : null);
                }

                return element.EnumerateObject().Select(p => Find(p.Value, title)).FirstOrDefault(b => b is not null);
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(item => Find(item, title)).FirstOrDefault(b => b is not null);
            default:
                return null;
        }
    }

    private static bool Is(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == expected;
}

/// <summary>One frame of the log stream: an entry of the web page's log panel.</summary>
internal sealed record LogFrame(string? LogAction, LogItem? Log);

/// <summary>A call between the bot and the Playground; for the bot's connector calls, what it sent and what it got back.</summary>
internal sealed record LogItem(string? ActivityName, long Timestamp, string? From, string? To, LogRequest? Request, LogResponse? Response);

internal sealed record LogRequest(JsonElement? Body);

internal sealed record LogResponse(int? StatusCode, JsonElement? Body);

internal sealed record TestConfigResponse(TestConfig Config);

internal sealed record TestConfig(
    string TenantId,
    TestConfigUser Bot,
    TestConfigUser CurrentUser,
    IReadOnlyList<TestConfigUser> Users,
    TestConfigChat PersonalChat,
    IReadOnlyList<TestConfigChat> GroupChats,
    IReadOnlyList<TestConfigTeam> Teams);

internal sealed record TestConfigUser(string Id, string Name, string? AadObjectId)
{
    public PlaygroundPerson AsPerson() => new(Id, Name, AadObjectId ?? "");
}

internal sealed record TestConfigChat(string Id, string Name);

internal sealed record TestConfigTeam(string Id, string Name, string AadGroupId, IReadOnlyList<TestConfigChat> Channels);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserMessage))]
[JsonSerializable(typeof(PostedMessage))]
[JsonSerializable(typeof(ConversationEvent))]
[JsonSerializable(typeof(TestConfigResponse))]
[JsonSerializable(typeof(CardActionInvoke))]
[JsonSerializable(typeof(CardActionAnswer))]
[JsonSerializable(typeof(LogFrame))]
internal sealed partial class PlaygroundJsonContext : JsonSerializerContext;

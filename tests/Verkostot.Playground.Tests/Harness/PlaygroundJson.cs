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
}

internal sealed record ShownAttachment(string? ContentType, JsonElement? Content);

internal sealed record TestConfigResponse(TestConfig Config);

internal sealed record TestConfig(
    string TenantId,
    TestConfigUser Bot,
    TestConfigUser CurrentUser,
    IReadOnlyList<TestConfigUser> Users,
    TestConfigChat PersonalChat,
    IReadOnlyList<TestConfigChat> GroupChats,
    IReadOnlyList<TestConfigTeam> Teams);

internal sealed record TestConfigUser(string Id, string Name, string? AadObjectId);

internal sealed record TestConfigChat(string Id, string Name);

internal sealed record TestConfigTeam(string Id, string Name, string AadGroupId, IReadOnlyList<TestConfigChat> Channels);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserMessage))]
[JsonSerializable(typeof(PostedMessage))]
[JsonSerializable(typeof(ConversationEvent))]
[JsonSerializable(typeof(TestConfigResponse))]
internal sealed partial class PlaygroundJsonContext : JsonSerializerContext;

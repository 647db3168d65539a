namespace Verkostot.Playground.Tests.Harness.Json;

/// <summary>One frame of the conversation stream: something happened in a conversation shown in the web page.</summary>
internal sealed record ConversationEvent(string? Action, string? ActionConversationId, ShownMessage? Message);

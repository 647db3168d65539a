namespace Verkostot.Playground.Tests.Harness.Json;

/// <summary>
/// What <c>POST /_conversation/v1/invoke</c> takes when a card button is pressed in the web page: the action, who
/// pressed it, and the message holding the card.
/// </summary>
internal sealed record CardActionInvoke(
    string Name, CardActionInvokeValue Value, PlaygroundAccount From, PlaygroundConversation Conversation, string ReplyToId);

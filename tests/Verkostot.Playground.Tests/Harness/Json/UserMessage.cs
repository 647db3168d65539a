namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record UserMessage(
    PlaygroundAccount From,
    string Text,
    string TextFormat,
    IReadOnlyList<UserMention>? Mentions = null);

namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record UserMention(PlaygroundAccount Mentioned, string Text);

namespace Verkostot.Playground.Tests.Harness.Json;

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

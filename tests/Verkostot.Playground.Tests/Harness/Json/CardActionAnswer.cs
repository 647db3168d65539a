using System.Text.Json;

namespace Verkostot.Playground.Tests.Harness.Json;

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

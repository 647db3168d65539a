using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record TextBlock(string Text) : CardElement
{
    [JsonPropertyOrder(-2)]
    public string Type => "TextBlock";

    public bool? Wrap { get; init; }
    public FontWeight? Weight { get; init; }
    public FontSize? Size { get; init; }
    public bool? IsSubtle { get; init; }
    public TextColor? Color { get; init; }
    public int? MaxLines { get; init; }
}

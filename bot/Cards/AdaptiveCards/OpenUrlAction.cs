using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

public sealed record OpenUrlAction(Uri Url) : CardAction
{
    [JsonPropertyOrder(-2)]
    public string Type => "Action.OpenUrl";
}

using System.Text.Json;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Chat.CardActions;

/// <summary>The two answers Teams takes to an adaptiveCard/action invoke: a card replacing the clicked one, or a short message.</summary>
public static class CardActionResponses
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";

    public static InvokeResponse Card(AdaptiveCard card) =>
        Build(CardType, w => JsonSerializer.Serialize(w, card, CardJsonContext.Default.AdaptiveCard));

    public static InvokeResponse Message(string text) => Build(MessageType, w => w.WriteStringValue(text));

    private static InvokeResponse Build(string type, Action<Utf8JsonWriter> writeValue)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("statusCode", StatusCodes.Status200OK);
            json.WriteString("type", type);
            json.WritePropertyName("value");
            writeValue(json);
            json.WriteEndObject();
        }
        return new InvokeResponse(StatusCodes.Status200OK, JsonDocument.Parse(buffer.ToArray()).RootElement.Clone());
    }
}

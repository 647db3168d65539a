using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>
/// Writes an action as its own kind, through that kind's source-generated serializer (its "type" is its first
/// property); see <see cref="CardElementConverter"/> for why. Cards are only ever written.
/// </summary>
internal sealed class CardActionConverter : JsonConverter<CardAction>
{
    public override CardAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Adaptive Cards are written, never read.");

    public override void Write(Utf8JsonWriter writer, CardAction value, JsonSerializerOptions options)
    {
        var json = CardJsonContext.Default;
        switch (value)
        {
            case ExecuteAction a: JsonSerializer.Serialize(writer, a, json.ExecuteAction); break;
            case SubmitAction a: JsonSerializer.Serialize(writer, a, json.SubmitAction); break;
            case OpenUrlAction a: JsonSerializer.Serialize(writer, a, json.OpenUrlAction); break;
            case ShowCardAction a: JsonSerializer.Serialize(writer, a, json.ShowCardAction); break;
            default: throw new NotSupportedException($"{value.GetType().Name} is not an action kind the card schema has.");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>
/// Writes a body element as its own kind, through that kind's source-generated serializer (its "type" is its first
/// property). Declared polymorphic, every element went through the serializer's metadata path instead (the
/// discriminator look-up and one property accessor call per property), most of what writing a card cost.
/// Cards are only ever written.
/// </summary>
internal sealed class CardElementConverter : JsonConverter<CardElement>
{
    public override CardElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Adaptive Cards are written, never read.");

    public override void Write(Utf8JsonWriter writer, CardElement value, JsonSerializerOptions options)
    {
        var json = CardJsonContext.Default;
        switch (value)
        {
            case TextBlock e: JsonSerializer.Serialize(writer, e, json.TextBlock); break;
            case FactSet e: JsonSerializer.Serialize(writer, e, json.FactSet); break;
            case Container e: JsonSerializer.Serialize(writer, e, json.Container); break;
            case ColumnSet e: JsonSerializer.Serialize(writer, e, json.ColumnSet); break;
            case ActionSet e: JsonSerializer.Serialize(writer, e, json.ActionSet); break;
            case TextInput e: JsonSerializer.Serialize(writer, e, json.TextInput); break;
            case DateInput e: JsonSerializer.Serialize(writer, e, json.DateInput); break;
            case TimeInput e: JsonSerializer.Serialize(writer, e, json.TimeInput); break;
            case ChoiceSetInput e: JsonSerializer.Serialize(writer, e, json.ChoiceSetInput); break;
            case ToggleInput e: JsonSerializer.Serialize(writer, e, json.ToggleInput); break;
            default: throw new NotSupportedException($"{value.GetType().Name} is not an element kind the card schema has.");
        }
    }
}

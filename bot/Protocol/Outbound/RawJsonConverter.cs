using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>Writes a <see cref="RawJson"/> value without re-reading it; reads any JSON value into one.</summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RawJson.Of(JsonElement.ParseValue(ref reader));

    // Every RawJson is made by the serializer from a typed value, or from a parsed element: valid by construction.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
}

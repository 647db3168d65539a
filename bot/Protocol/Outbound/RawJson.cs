using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>
/// A JSON value already serialised to UTF-8 (a card from its own source-generated context), written into the
/// activity as it is. A card carried as a <see cref="JsonElement"/> was serialised twice: once into the element,
/// then again token by token into the activity.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson(byte[] utf8)
{
    /// <summary>The value's UTF-8 bytes: one complete, valid JSON value.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    public static RawJson Of(JsonElement value) => new(JsonSerializer.SerializeToUtf8Bytes(value));

    /// <summary>Parsed, for reading (tests, diagnostics); sending never parses it.</summary>
    public JsonElement ToJsonElement() => JsonElement.Parse(Utf8.Span);

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8.Span);
}

using System.Text.Json.Serialization;

namespace Verkostot.Testing.Questions;

/// <summary>
/// One question of a held-out set: written from the source pages as a new member would ask, never tuned on.
/// <paramref name="Expect"/>: texts the plain-text answer must all contain (case-insensitive), "a|b" meaning either;
/// <paramref name="Absent"/>: texts it must not contain; <paramref name="Asker"/>: the asker's person id, if known.
/// </summary>
public sealed record HeldOutCase(
    [property: JsonPropertyName("q")] string Q,
    [property: JsonPropertyName("expect")] string[]? Expect = null,
    [property: JsonPropertyName("kind")] string Kind = "Found",
    [property: JsonPropertyName("network")] string? Network = null,
    [property: JsonPropertyName("locale")] string? Locale = null,
    [property: JsonPropertyName("lang")] string? Lang = null,
    [property: JsonPropertyName("hostile")] bool Hostile = false,
    [property: JsonPropertyName("asker")] string? Asker = null,
    [property: JsonPropertyName("absent")] string[]? Absent = null)
{
    public override string ToString() => Q;
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Verkostot.Core.Privacy;

/// <summary>
/// A stored row as JSON, column by column as the EF model maps it, so that a person's export shows every stored
/// value (and a column added later is exported without anyone remembering to).
/// </summary>
internal static class RowJson
{
    public static JsonObject Of(EntityEntry entry)
    {
        var row = new JsonObject();
        foreach (var property in entry.Properties)
        {
            row[property.Metadata.Name] = Value(property.Metadata, property.CurrentValue);
        }
        foreach (var complex in entry.ComplexProperties)
        {
            var nested = new JsonObject();
            foreach (var property in complex.Properties)
            {
                nested[property.Metadata.Name] = Value(property.Metadata, property.CurrentValue);
            }
            row[complex.Metadata.Name] = nested;
        }
        return row;
    }

    private static JsonNode? Value(IProperty property, object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        Guid id => JsonValue.Create(id.ToString()),
        DateTimeOffset instant => JsonValue.Create(instant.ToUniversalTime().ToString("O")),
        DateOnly day => JsonValue.Create(day.ToString("yyyy-MM-dd")),
        Enum named => JsonValue.Create(named.ToString()),
        byte[] bytes => Parsed(Encoding.UTF8.GetString(bytes)) ?? JsonValue.Create(Convert.ToBase64String(bytes)),
        IEnumerable<string> texts => new JsonArray([.. texts.Select(t => (JsonNode?)JsonValue.Create(t))]),
        IEnumerable<int> numbers => new JsonArray([.. numbers.Select(n => (JsonNode?)JsonValue.Create(n))]),
        _ when property.GetTypeMapping().Converter?.ConvertToProvider(value) is string stored => Parsed(stored) ?? JsonValue.Create(stored),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonNode? Parsed(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>Source-generated serialization of Adaptive Cards: camelCase names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class CardJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Verkostot.Bot.Cards.AdaptiveCards;

/// <summary>
/// Source-generated serialization of Adaptive Cards: camelCase names, nulls left out. Every element and action kind
/// is listed so that <see cref="CardElementConverter"/> and <see cref="CardActionConverter"/> reach its generated
/// serializer.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(TextBlock))]
[JsonSerializable(typeof(FactSet))]
[JsonSerializable(typeof(Container))]
[JsonSerializable(typeof(ColumnSet))]
[JsonSerializable(typeof(ActionSet))]
[JsonSerializable(typeof(TextInput))]
[JsonSerializable(typeof(DateInput))]
[JsonSerializable(typeof(TimeInput))]
[JsonSerializable(typeof(ChoiceSetInput))]
[JsonSerializable(typeof(ToggleInput))]
[JsonSerializable(typeof(ExecuteAction))]
[JsonSerializable(typeof(SubmitAction))]
[JsonSerializable(typeof(OpenUrlAction))]
[JsonSerializable(typeof(ShowCardAction))]
public sealed partial class CardJsonContext : JsonSerializerContext;

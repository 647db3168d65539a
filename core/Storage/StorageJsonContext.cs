using System.Text.Json.Serialization;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Storage;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(List<LocalizedText>))]
[JsonSerializable(typeof(List<FactSource>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Verkostot.Core.Import;

// Writing: indented, nulls left out; properties in the order the model declares them.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DataFile))]
internal sealed partial class DataFileWriteContext : JsonSerializerContext;

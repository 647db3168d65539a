using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Core.Import;

// Unknown properties are errors so that a typo in an admin's file is reported, not silently ignored.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DataFile))]
internal sealed partial class DataFileJsonContext : JsonSerializerContext;

// Writing: indented, nulls left out; properties in the order the model declares them.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DataFile))]
internal sealed partial class DataFileWriteContext : JsonSerializerContext;

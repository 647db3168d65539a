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

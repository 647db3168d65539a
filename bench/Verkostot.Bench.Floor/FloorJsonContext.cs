using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bench.Floor;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorActivity))]
[JsonSerializable(typeof(FloorReply))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verkostot.Bot.Health;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HealthReportBody))]
public sealed partial class HealthJsonContext : JsonSerializerContext;

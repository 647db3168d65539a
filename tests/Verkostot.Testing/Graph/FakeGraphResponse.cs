using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Verkostot.Testing.Graph;

/// <summary>A scripted answer.</summary>
public sealed record FakeGraphResponse(int StatusCode, string? Body = null, string? RetryAfter = null)
{
    public static FakeGraphResponse Json(JsonNode body) => new(200, body.ToJsonString());

    public static FakeGraphResponse Error(int status, string code, string message, string? retryAfter = null) =>
        new(status, JsonSerializer.Serialize(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }), retryAfter);

    public static FakeGraphResponse TooManyRequests(int retryAfterSeconds) =>
        Error(429, "TooManyRequests", "Too many requests.", retryAfterSeconds.ToString(CultureInfo.InvariantCulture));
}

using System.Text.Json;

namespace Verkostot.Testing.Connector;

/// <summary>A scripted answer of the fake connector.</summary>
public sealed record FakeResponse(int StatusCode, string? Body = null, string? RetryAfter = null, TimeSpan? Delay = null)
{
    public static FakeResponse Json(string body, int statusCode = 200) => new(statusCode, body);

    public static FakeResponse Status(int statusCode) => new(statusCode);

    public static FakeResponse Throttled(string retryAfter) =>
        new(429, """{"error":{"code":"TooManyRequests","message":"Slow down"}}""", retryAfter);

    /// <summary>The connector's error shape, e.g. <c>Error(404, "ConversationNotFound")</c>.</summary>
    public static FakeResponse Error(int statusCode, string code, string message = "Fake connector error") =>
        new(statusCode, JsonSerializer.Serialize(new { error = new { code, message } }));
}

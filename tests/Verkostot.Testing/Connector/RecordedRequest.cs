using System.Text.Json;

namespace Verkostot.Testing.Connector;

/// <summary>One request as it reached the fake connector; <see cref="RawTarget"/> is exactly as sent (still escaped).</summary>
public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The path as sent, without the query.</summary>
    public string Path => RawTarget.Split('?')[0];

    public string Query => RawTarget.Contains('?') ? RawTarget[RawTarget.IndexOf('?')..] : "";

    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The conversation id of a v3/conversations/{id}/… request, unescaped.</summary>
    public string? ConversationId
    {
        get
        {
            var segments = Path.Split('/');
            var index = Array.IndexOf(segments, "conversations");
            return index >= 0 && index + 1 < segments.Length && segments[index - 1] == "v3"
                ? Uri.UnescapeDataString(segments[index + 1])
                : null;
        }
    }

    /// <summary>The text of a sent activity, if it has one.</summary>
    public string? Text => Json.TryGetProperty("text", out var text) ? text.GetString() : null;
}

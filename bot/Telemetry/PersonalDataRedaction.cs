using System.Diagnostics;
using OpenTelemetry;

namespace Verkostot.Bot.Telemetry;

/// <summary>
/// Keeps people out of the spans before any exporter sees them. A request is known by its route, not its path (the
/// web app's paths may name a person); outbound calls keep scheme, host and the fixed words of the path, with ids,
/// addresses and Teams' conversation ids as <c>{id}</c> (Graph and the Bot Connector put people's ids in paths); query
/// strings, client addresses and user agents go.
/// </summary>
public sealed class PersonalDataRedaction : BaseProcessor<Activity>
{
    private static readonly string[] Dropped = ["url.query", "client.address", "network.peer.address", "user_agent.original", "http.target"];

    public override void OnEnd(Activity span)
    {
        foreach (var tag in Dropped)
        {
            if (span.GetTagItem(tag) is not null) span.SetTag(tag, null);
        }
        if (span.GetTagItem("url.path") is not null)
        {
            span.SetTag("url.path", span.GetTagItem("http.route") as string);
        }
        if (span.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var url))
        {
            span.SetTag("url.full", $"{url.GetLeftPart(UriPartial.Authority)}{RedactedPath(url.AbsolutePath)}");
        }
    }

    /// <summary>A path with every segment that is not a plain word (letters, with dots or hyphens) as <c>{id}</c>.</summary>
    public static string RedactedPath(string path) =>
        string.Join('/', path.Split('/').Select(segment => segment.Length == 0 || IsWord(segment) ? segment : "{id}"));

    // "v1.0" and "v3" are versions, not ids; a word is short and has no digits, '@', ':' or escapes.
    private static bool IsWord(string segment) =>
        (segment.Length <= 40 && segment.All(c => char.IsAsciiLetter(c) || c is '.' or '-' or '_' or '$'))
        || (segment.Length <= 6 && segment[0] == 'v' && segment[1..].All(c => char.IsAsciiDigit(c) || c == '.'));
}

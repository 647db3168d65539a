using System.Collections.Concurrent;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Builds connector URLs from an activity's serviceUrl. Teams ids contain ':', ';', '@' and '=', so every id is
/// escaped as one path segment; the serviceUrl may carry a path (…/emea/) with or without its trailing slash.
/// </summary>
internal static class ConnectorUri
{
    // A bot hears from a handful of serviceUrls (one per region), so each is checked and normalised once, not parsed
    // twice for every send; bounded, because serviceUrls come from outside.
    private const int MaxKnownBases = 256;
    private static readonly ConcurrentDictionary<string, string> KnownBases = new(StringComparer.Ordinal);

    public static Uri For(string serviceUrl, string relativePath) => new(BaseOf(serviceUrl) + relativePath);

    public static string Segment(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        return Uri.EscapeDataString(id);
    }

    private static string BaseOf(string serviceUrl)
    {
        if (KnownBases.TryGetValue(serviceUrl, out var known))
        {
            return known;
        }
        if (KnownBases.Count >= MaxKnownBases)
        {
            KnownBases.Clear();
        }
        return KnownBases[serviceUrl] = Normalised(serviceUrl);
    }

    private static string Normalised(string serviceUrl)
    {
        // serviceUrl comes from inbound activities, so only web addresses are trusted with the bot's token.
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        var path = uri.GetLeftPart(UriPartial.Path);
        return path.EndsWith('/') ? path : path + "/";
    }
}

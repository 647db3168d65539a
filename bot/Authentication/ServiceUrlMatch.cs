namespace Verkostot.Bot.Authentication;

/// <summary>
/// Compares the token's <c>serviceurl</c> claim with the activity's <c>serviceUrl</c>. Scheme and host are
/// case-insensitive by definition and a trailing slash carries no meaning; the path stays case-sensitive.
/// </summary>
internal static class ServiceUrlMatch
{
    public static bool AreSame(string? claimed, string? actual) =>
        Normalize(claimed) is { } a && Normalize(actual) is { } b && string.Equals(a, b, StringComparison.Ordinal);

    private static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        // Uri lower-cases scheme and host and drops a default port.
        return uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped)
            + uri.AbsolutePath.TrimEnd('/')
            + uri.Query;
    }
}

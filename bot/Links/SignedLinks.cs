using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Links;

/// <summary>
/// Signed, expiring links under <c>Verkostot:PublicBaseUrl</c>, all signed with the one <c>Verkostot:LinkSigningKey</c>:
/// anyone holding a link can open it until it expires; nobody can make one for another subject or extend one. Each
/// kind of link signs its own purpose too, so a signature made for one kind never opens another.
/// </summary>
public sealed class SignedLinks(IOptions<VerkostotOptions> options, TimeProvider time)
{
    /// <summary><c>{PublicBaseUrl}{path}?expires=…&amp;sig=…</c>, valid for <paramref name="lifetime"/>.</summary>
    /// <param name="path">Relative to the public address, e.g. <c>meetings/12/calendar.ics</c>.</param>
    public Uri Create(string purpose, string subject, string path, TimeSpan lifetime)
    {
        var expires = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        return new Uri(BaseUrl(), $"{path.TrimStart('/')}?expires={expires}&sig={Signature(purpose, subject, expires)}");
    }

    /// <summary>Whether the link's <c>expires</c> and <c>sig</c> were made here for this purpose and subject, and are current.</summary>
    public bool IsValid(string purpose, string subject, string? expires, string? signature)
    {
        if (signature is null
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || unix < time.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Signature(purpose, subject, unix)), Encoding.ASCII.GetBytes(signature));
    }

    // A base with a path (https://host/verkostot) keeps it: relative paths resolve under its last slash.
    private Uri BaseUrl()
    {
        var url = options.Value.PublicBaseUrl
            ?? throw new InvalidOperationException("Verkostot:PublicBaseUrl is not set (start-up checks it outside Development).");
        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    private string Signature(string purpose, string subject, long expires)
    {
        var key = options.Value.LinkSigningKey
            ?? throw new InvalidOperationException("Verkostot:LinkSigningKey is not set (start-up checks it outside Development).");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"{purpose}\n{subject}\n{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

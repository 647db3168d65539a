using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Meetings;

namespace Verkostot.Bot.Links;

/// <summary>
/// Signed, expiring links under the bot's public address: anyone holding one can open it until it expires; nobody can
/// make one for another subject or extend one. Each kind signs its own purpose too. Signed with the .ics links' key
/// (Meetings:CalendarLinkKey) until the one link-signing key of the configuration replaces it.
/// </summary>
public sealed class LinkSigner(IOptions<MeetingsOptions> options, TimeProvider time)
{
    /// <summary><c>{PublicBaseUrl}{path}?expires=…&amp;sig=…</c>, valid for <paramref name="lifetime"/>.</summary>
    public Uri Create(string purpose, string subject, string path, TimeSpan lifetime)
    {
        var expires = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        var baseUrl = options.Value.PublicBaseUrl;
        baseUrl = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(baseUrl, $"{path.TrimStart('/')}?expires={expires}&sig={Signature(purpose, subject, expires)}");
    }

    public bool IsValid(string purpose, string subject, string? expires, string? signature)
    {
        if (signature is null
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || unix < time.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(purpose, subject, unix)), Encoding.ASCII.GetBytes(signature));
    }

    private string Signature(string purpose, string subject, long expires)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.CalendarLinkKey), Encoding.UTF8.GetBytes($"{purpose}\n{subject}\n{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

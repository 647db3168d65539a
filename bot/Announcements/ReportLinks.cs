using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Announcements;

/// <summary>Signed, expiring links to an announcement's CSV report: /announcements/{id}/report.csv?expires=…&amp;sig=….</summary>
public sealed class ReportLinks
{
    private readonly byte[] _key;
    private readonly ReportLinkOptions _options;
    private readonly TimeProvider _time;

    public ReportLinks(IOptions<ReportLinkOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = string.IsNullOrEmpty(_options.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(_options.SigningKey);
    }

    public static string PathOf(Guid id) => $"/announcements/{id:D}/report.csv";

    public Uri? For(Guid id)
    {
        if (_options.PublicBaseUrl is not { } baseUrl)
        {
            return null;
        }
        var expires = (_time.GetUtcNow() + _options.LinkLifetime).ToUnixTimeSeconds();
        return new Uri(baseUrl, $"{PathOf(id)}?expires={expires}&sig={Signature(id, expires)}");
    }

    public bool IsValid(Guid id, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || unix < _time.GetUtcNow().ToUnixTimeSeconds()
            || signature is null)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Signature(id, unix));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private string Signature(Guid id, long expires)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id:D}|{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

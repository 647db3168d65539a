using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Meetings;

/// <summary>
/// Signed, expiring links to a meeting's .ics file: anyone with the link can download the file until it expires,
/// nobody can make a link for another meeting or extend one.
/// </summary>
public sealed class CalendarLinks(IOptions<MeetingsOptions> options, TimeProvider time)
{
    public const string Path = "/meetings/{id:int}/calendar.ics";

    public Uri For(int meetingId)
    {
        var expires = (time.GetUtcNow() + options.Value.CalendarLinkLifetime).ToUnixTimeSeconds();
        return new Uri(options.Value.PublicBaseUrl, $"meetings/{meetingId}/calendar.ics?exp={expires}&sig={Signature(meetingId, expires)}");
    }

    public bool IsValid(int meetingId, long expires, string? signature)
    {
        if (signature is null || expires < time.GetUtcNow().ToUnixTimeSeconds()) return false;
        var expected = Encoding.ASCII.GetBytes(Signature(meetingId, expires));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private string Signature(int meetingId, long expires)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.CalendarLinkKey), Encoding.ASCII.GetBytes($"{meetingId}:{expires}"));
        return Convert.ToHexStringLower(mac);
    }
}

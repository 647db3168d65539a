using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Bot.Authentication;

/// <summary>Reads the token out of an <c>Authorization: Bearer …</c> header and screens it before any validation.</summary>
internal static class BearerToken
{
    /// <summary>
    /// Bot Connector tokens are 1–2 KB. Anything beyond this is refused unparsed (Kestrel itself stops a header of
    /// 32 KB; behind a proxy or in a test server nothing else would).
    /// </summary>
    public const int MaxLength = 16 * 1024;

    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static bool TryExtract(
        string? authorizationHeader,
        [NotNullWhen(true)] out string? token,
        out RejectionReason failure)
    {
        token = null;
        failure = RejectionReason.MissingToken;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return false;
        }

        var parts = authorizationHeader.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        if (!string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            failure = RejectionReason.Scheme;
            return false;
        }

        if (parts.Length < 2 || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }

    /// <summary>
    /// Why the token cannot be genuine without looking up any key, or null. The algorithm is checked here so that
    /// <c>none</c> and HMAC tokens never reach signature validation.
    /// </summary>
    public static RejectionReason? Screen(string token)
    {
        if (token.Length > MaxLength)
        {
            return RejectionReason.TooLarge;
        }

        JsonWebToken parsed;
        try
        {
            parsed = new JsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            return RejectionReason.Malformed;
        }

        return AllowedAlgorithms.Contains(parsed.Alg, StringComparer.Ordinal) ? null : RejectionReason.Algorithm;
    }
}

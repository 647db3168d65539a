using System.Diagnostics.CodeAnalysis;

namespace Verkostot.Bot.Authentication;

/// <summary>Reads the token out of an <c>Authorization: Bearer …</c> header.</summary>
internal static class BearerToken
{
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
}

using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// The channels a published signing key may speak for: the Bot Framework JWKS's non-standard <c>endorsements</c>
/// array, which IdentityModel keeps among a key's additional data.
/// </summary>
internal static class SigningKeyEndorsements
{
    private const string Member = "endorsements";

    public static bool Endorses(OpenIdConnectConfiguration configuration, string? kid, string? channelId)
    {
        // Every real activity names its channel; one that does not cannot be matched to an endorsement.
        if (string.IsNullOrWhiteSpace(channelId) || string.IsNullOrEmpty(kid))
        {
            return false;
        }

        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null)
        {
            return false;
        }

        // Like the Bot Framework SDKs, a key that publishes no endorsements is not limited to any channel.
        var endorsements = Read(key);
        return endorsements.Count == 0 || endorsements.Contains(channelId, StringComparer.Ordinal);
    }

    private static List<string> Read(JsonWebKey key) =>
        key.AdditionalData.TryGetValue(Member, out var value)
            ? value switch
            {
                JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
                IEnumerable<object> list => list.OfType<string>().ToList(),
                _ => [],
            }
            : [];
}

using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Bot.Authentication;

/// <summary>The RSA signing keys of one JWKS document, by <c>kid</c>.</summary>
internal sealed class SigningKeySet
{
    public static readonly SigningKeySet Empty = new(FrozenDictionary<string, EndorsedSigningKey>.Empty);

    private readonly FrozenDictionary<string, EndorsedSigningKey> keys;

    private SigningKeySet(FrozenDictionary<string, EndorsedSigningKey> keys) => this.keys = keys;

    public int Count => keys.Count;

    public EndorsedSigningKey? Find(string kid) => keys.GetValueOrDefault(kid);

    public static SigningKeySet Parse(string jwksJson)
    {
        var endorsements = ReadEndorsements(jwksJson);
        var keys = new Dictionary<string, EndorsedSigningKey>(StringComparer.Ordinal);
        foreach (var jwk in new JsonWebKeySet(jwksJson).Keys)
        {
            if (IsRsaSigningKey(jwk) && JsonWebKeyConverter.TryConvertToSecurityKey(jwk, out var key))
            {
                key.KeyId = jwk.Kid;
                keys[jwk.Kid] = new EndorsedSigningKey(key, endorsements.GetValueOrDefault(jwk.Kid, FrozenSet<string>.Empty));
            }
        }

        return new SigningKeySet(keys.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static bool IsRsaSigningKey(JsonWebKey jwk) =>
        !string.IsNullOrEmpty(jwk.Kid)
        && jwk.Kty == JsonWebAlgorithmsKeyTypes.RSA
        && (string.IsNullOrEmpty(jwk.Use) || jwk.Use == JsonWebKeyUseNames.Sig);

    // JsonWebKey keeps unknown members only loosely typed, so the endorsements are read directly.
    private static Dictionary<string, FrozenSet<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToFrozenSet(StringComparer.Ordinal);
            }
        }

        return result;
    }
}

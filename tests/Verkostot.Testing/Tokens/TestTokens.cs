using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Testing.Tokens;

/// <summary>Mints Bot Connector-like tokens, genuine and forged, with generated keys.</summary>
public static class TestTokens
{
    public const string AppId = "3b1f7a52-6c1e-4d2b-9a3f-0f4e5d6c7b8a";
    public const string TenantId = "c0ffee00-1111-4222-8333-944445555666";
    public const string OtherTenantId = "deadbeef-aaaa-4bbb-8ccc-ddddeeeeffff";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ChannelId = "msteams";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static string EntraV1Issuer(string tenant) => $"https://sts.windows.net/{tenant}/";
    public static string EntraV2Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>A token as the Bot Connector sends it, valid at <paramref name="now"/>, changed by <paramref name="spec"/>.</summary>
    public static string Mint(TestTokensKey key, DateTimeOffset now, TestTokensSpec? spec = null)
    {
        spec ??= new TestTokensSpec();
        var claims = new Dictionary<string, object>(spec.ExtraClaims);
        if (spec.ServiceUrl is { } serviceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = (spec.NotBefore ?? now.AddMinutes(-1)).UtcDateTime,
            NotBefore = (spec.NotBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (spec.Expires ?? now.AddHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SigningKey(spec.WithKid), spec.Algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) carrying a genuine-looking payload.</summary>
    public static string Unsigned(string genuineToken, string kid)
    {
        var header = Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid });
        return $"{header}.{genuineToken.Split('.')[1]}.";
    }

    /// <summary>
    /// The classic algorithm-confusion forgery: HS256 "signed" with the published RSA public key as the HMAC secret.
    /// </summary>
    public static string HmacWithPublicKey(string genuineToken, TestTokensKey publishedKey)
    {
        var header = Encode(new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = publishedKey.Kid });
        var signingInput = $"{header}.{genuineToken.Split('.')[1]}";
        var secret = Encoding.ASCII.GetBytes(publishedKey.Rsa.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>The genuine token with one payload claim changed and the original signature kept.</summary>
    public static string Tampered(string genuineToken, string claim, string value)
    {
        var parts = genuineToken.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Bench.Fakes;

/// <summary>
/// A generated RSA key published as the Bot Connector publishes its own (a JWK endorsed for channels), and the
/// tokens the Bot Connector would sign with it.
/// </summary>
public sealed class SigningKey : IDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly string[] _endorsements;

    public SigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        _endorsements = endorsements;
    }

    public string Kid { get; }

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. _endorsements.Select(e => (JsonNode?)JsonValue.Create(e))]),
        };
    }

    /// <summary>A Bot Connector token for <paramref name="appId"/> and <paramref name="serviceUrl"/>, valid for an hour.</summary>
    public string Mint(string appId, string serviceUrl)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = Kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose() => _rsa.Dispose();
}

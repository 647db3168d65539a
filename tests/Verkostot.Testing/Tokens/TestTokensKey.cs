using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Testing.Tokens;

/// <summary>A generated RSA key as the Bot Framework would publish it: a JWK with channel endorsements.</summary>
public sealed class TestTokensKey
{
    private TestTokensKey(string kid, RSA rsa, string[] endorsements)
    {
        Kid = kid;
        Rsa = rsa;
        Endorsements = endorsements;
    }

    public string Kid { get; }
    public RSA Rsa { get; }
    public string[] Endorsements { get; }

    public static TestTokensKey Generate(string kid, params string[] endorsements) =>
        new(kid, RSA.Create(2048), endorsements);

    /// <summary>The same kid with a different private key: what a forger who copied the kid would hold.</summary>
    public TestTokensKey Impostor() => Generate(Kid, Endorsements);

    /// <summary>The same private key under another kid; cheaper than generating one when only the kid matters.</summary>
    public TestTokensKey Renamed(string kid) => new(kid, Rsa, Endorsements);

    public SecurityKey SigningKey(bool withKid = true) =>
        withKid ? new RsaSecurityKey(Rsa) { KeyId = Kid } : new RsaSecurityKey(Rsa);

    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
        };
    }
}

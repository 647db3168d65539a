using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Verkostot.Testing.Loopback;

namespace Verkostot.Testing.Tokens;

/// <summary>
/// The Bot Framework's OpenID metadata and JWKS endpoints, served on 127.0.0.1 with keys the test controls; also
/// Entra's v2.0 metadata for any tenant (<c>/{tenant}/v2.0/.well-known/openid-configuration</c>, the issuer
/// templated as Entra's common endpoint publishes it, on this server's origin), for the web app's sign-in.
/// </summary>
public sealed class FakeOpenIdServer : LoopbackServer
{
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private volatile TestTokensKey[] _published;
    private int _keySetRequests;

    private FakeOpenIdServer(TestTokensKey[] keys) => _published = keys;

    public string MetadataUrl => Origin + MetadataPath;

    /// <summary>The Entra instance to configure (AzureAd:Instance); its v2.0 tokens are issued by {Instance}{tenant}/v2.0.</summary>
    public string EntraInstance => Origin + "/";

    /// <summary>How many times the JWKS document was fetched.</summary>
    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    public static async Task<FakeOpenIdServer> StartAsync(params TestTokensKey[] keys)
    {
        var server = new FakeOpenIdServer(keys);
        await server.ListenAsync();
        return server;
    }

    /// <summary>Replaces the published keys, as a key rotation does.</summary>
    public void Publish(params TestTokensKey[] keys) => _published = keys;

    protected override void Map(WebApplication app)
    {
        app.MapGet(MetadataPath, (HttpContext context) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var metadata = new JsonObject
            {
                ["issuer"] = TestTokens.BotFrameworkIssuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = origin + KeysPath,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            };
            return Results.Text(metadata.ToJsonString(), "application/json");
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext context) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var metadata = new JsonObject
            {
                ["issuer"] = origin + "/{tenantid}/v2.0",
                ["authorization_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/token",
                ["jwks_uri"] = origin + KeysPath,
                ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            };
            return Results.Text(metadata.ToJsonString(), "application/json");
        });
        app.MapGet(KeysPath, () =>
        {
            Interlocked.Increment(ref _keySetRequests);
            var keys = new JsonArray(_published.Select(k => (JsonNode?)k.ToJwk()).ToArray());
            return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
        });
    }
}

using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Verkostot.Testing.Loopback;

namespace Verkostot.Testing.Tokens;

/// <summary>
/// The Bot Framework's OpenID metadata and JWKS endpoints, served on 127.0.0.1 with keys the test controls; also
/// Entra's v2.0 metadata for any tenant (<c>/{tenant}/v2.0/.well-known/openid-configuration</c>, the issuer
/// templated as Entra's common endpoint publishes it, on this server's origin), for the web app's sign-in, and its
/// authorize endpoint for a browser's OpenID Connect round trip: a page where the account chosen with
/// <see cref="SignInAs"/> continues, posting an ID token signed with the first published key back to the app.
/// </summary>
public sealed class FakeOpenIdServer : LoopbackServer
{
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private volatile TestTokensKey[] _published;
    private volatile Account? _account;
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

    /// <summary>The account the authorize page signs in with, as if the person had chosen it on Microsoft's page.</summary>
    public void SignInAs(string objectId, string name, string tenantId = TestTokens.TenantId) => _account = new Account(objectId, name, tenantId);

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
        app.MapGet("/{tenant}/oauth2/v2.0/authorize", (HttpContext context) => Authorize(context));
        app.MapGet(KeysPath, () =>
        {
            Interlocked.Increment(ref _keySetRequests);
            var keys = new JsonArray(_published.Select(k => (JsonNode?)k.ToJwk()).ToArray());
            return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
        });
    }

    /// <summary>
    /// An implicit-flow sign-in (<c>response_type=id_token</c>, <c>response_mode=form_post</c>), as the web app asks
    /// for it: a page with the account and a "Continue" button posting the ID token and state to the redirect URI.
    /// </summary>
    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        string? redirect = query["redirect_uri"], clientId = query["client_id"], nonce = query["nonce"];
        if (_account is not { } account || clientId is null || nonce is null
            || query["response_type"] != "id_token" || query["response_mode"] != "form_post"
            || !Uri.TryCreate(redirect, UriKind.Absolute, out var target) || !target.IsLoopback)
        {
            return Results.BadRequest("This fake signs in an account chosen by the test, with response_type=id_token and response_mode=form_post to a loopback redirect_uri.");
        }
        var idToken = TestTokens.Mint(_published[0], DateTimeOffset.UtcNow, new TestTokensSpec
        {
            Issuer = $"{context.Request.Scheme}://{context.Request.Host}/{account.TenantId}/v2.0",
            Audience = clientId,
            ServiceUrl = null,
            ExtraClaims = new Dictionary<string, object>
            {
                ["nonce"] = nonce,
                ["oid"] = account.ObjectId,
                ["sub"] = account.ObjectId,
                ["tid"] = account.TenantId,
                ["name"] = account.Name,
                ["preferred_username"] = $"{account.ObjectId}@example.fi",
                ["ver"] = "2.0",
            },
        });
        var html = HtmlEncoder.Default;
        return Results.Content($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in (fake)</title></head>
            <body>
            <h1>Sign in as {html.Encode(account.Name)}</h1>
            <form method="post" action="{html.Encode(target.ToString())}">
            <input type="hidden" name="id_token" value="{html.Encode(idToken)}">
            <input type="hidden" name="state" value="{html.Encode(query["state"].ToString())}">
            <button type="submit">Continue</button>
            </form>
            </body></html>
            """, "text/html");
    }

    private sealed record Account(string ObjectId, string Name, string TenantId);
}

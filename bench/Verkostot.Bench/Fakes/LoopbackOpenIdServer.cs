using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Verkostot.Bench.Fakes;

/// <summary>The Bot Framework's OpenID metadata and JWKS documents, served on 127.0.0.1 with the bench's key.</summary>
public sealed class LoopbackOpenIdServer : IAsyncDisposable
{
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly WebApplication _app;

    private LoopbackOpenIdServer(WebApplication app, string baseUrl)
    {
        _app = app;
        MetadataUrl = baseUrl + MetadataPath;
    }

    public string MetadataUrl { get; }

    public static async Task<LoopbackOpenIdServer> StartAsync(SigningKey key)
    {
        var keys = new JsonObject { ["keys"] = new JsonArray(key.ToJwk()) }.ToJsonString();
        string? metadata = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet(MetadataPath, () => Results.Text(metadata, "application/json"));
            app.MapGet(KeysPath, () => Results.Text(keys, "application/json"));
        });
        metadata = new JsonObject
        {
            ["issuer"] = SigningKey.Issuer,
            ["authorization_endpoint"] = baseUrl + "/unused",
            ["jwks_uri"] = baseUrl + KeysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString();
        return new LoopbackOpenIdServer(app, baseUrl);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

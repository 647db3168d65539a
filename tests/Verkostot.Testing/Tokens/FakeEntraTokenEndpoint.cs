using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Verkostot.Testing.Loopback;

namespace Verkostot.Testing.Tokens;

/// <summary>
/// Entra's token endpoint (<c>POST /{tenant}/oauth2/v2.0/token</c>, client credentials) on https://127.0.0.1 with a
/// self-signed certificate made for the test: the token library refuses a plain http authority. Set
/// <see cref="AuthorityHost"/> as the credential's authority host and trust <see cref="Certificate"/> in its transport.
/// </summary>
public sealed class FakeEntraTokenEndpoint : LoopbackServer
{
    public const string AccessToken = "fake-entra-access-token";

    private readonly ConcurrentQueue<string> _requests = new();

    private FakeEntraTokenEndpoint(X509Certificate2 certificate) => Certificate = certificate;

    public X509Certificate2 Certificate { get; }

    /// <summary>https://127.0.0.1:port/ — what <c>AuthorityHost</c> is set to.</summary>
    public string AuthorityHost => Origin + "/";

    /// <summary>Method and path of every request that reached this endpoint.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<FakeEntraTokenEndpoint> StartAsync()
    {
        var server = new FakeEntraTokenEndpoint(SelfSignedForLoopback());
        await server.ListenAsync(server.Certificate);
        return server;
    }

    protected override void Map(WebApplication app) => app.Run(async context =>
    {
        _requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
        if (context.Request.Method == "POST" && context.Request.Path.Value?.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) == true)
        {
            var token = new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3599,
                ["ext_expires_in"] = 3599,
                ["access_token"] = AccessToken,
            };
            await RespondAsync(context.Response, StatusCodes.Status200OK, token.ToJsonString());
            return;
        }
        await RespondAsync(context.Response, StatusCodes.Status404NotFound, """{"error":"not_found"}""");
    });

    private static X509Certificate2 SelfSignedForLoopback()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so that the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}

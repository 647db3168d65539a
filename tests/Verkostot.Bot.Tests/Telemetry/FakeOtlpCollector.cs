using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP receiver on 127.0.0.1: accepts protobuf posts to /v1/logs, /v1/traces and
/// /v1/metrics and keeps each body as it came. It does not decode them; a test looks for the bytes it expects.
/// </summary>
public sealed class FakeOtlpCollector : LoopbackServer
{
    public static readonly string[] SignalPaths = ["/v1/logs", "/v1/traces", "/v1/metrics"];

    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var fake = new FakeOtlpCollector();
        await fake.ListenAsync();
        return fake;
    }

    /// <summary>Every export received so far: the path it was posted to and its (protobuf) body.</summary>
    public IReadOnlyList<(string Path, byte[] Body)> Exports => [.. _exports];

    protected override void Map(WebApplication app)
    {
        foreach (var path in SignalPaths)
        {
            app.MapPost(path, async (HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                _exports.Enqueue((path, body.ToArray()));
                // An empty Export*ServiceResponse: everything accepted.
                return Results.Bytes([], "application/x-protobuf");
            });
        }
    }
}

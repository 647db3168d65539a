using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>Application Insights' ingestion endpoint on 127.0.0.1: keeps every telemetry item posted to it.</summary>
public sealed class FakeApplicationInsights : LoopbackServer
{
    private readonly ConcurrentQueue<string> _items = new();

    public static async Task<FakeApplicationInsights> StartAsync()
    {
        var fake = new FakeApplicationInsights();
        await fake.ListenAsync();
        return fake;
    }

    public string ConnectionString => $"InstrumentationKey=6a5f2c3e-1b4d-4e8f-9a7b-2c3d4e5f6a7b;IngestionEndpoint={Origin}/";

    /// <summary>The items received so far, one JSON line each.</summary>
    public IReadOnlyList<string> Items => [.. _items];

    protected override void Map(WebApplication app) => app.MapPost("/v2.1/track", async (HttpRequest request) =>
    {
        var body = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(request.Body, CompressionMode.Decompress)
            : request.Body;
        using var reader = new StreamReader(body);
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            _items.Enqueue(line);
        }
        return Results.Json(new { itemsReceived = lines.Length, itemsAccepted = lines.Length, errors = Array.Empty<object>() });
    });
}

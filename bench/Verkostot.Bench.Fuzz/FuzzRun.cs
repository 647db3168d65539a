using System.Net.Http.Headers;

namespace Verkostot.Bench.Fuzz;

/// <summary>Sends requests from a <see cref="FuzzCases"/> source at a fixed concurrency and tallies the answers.</summary>
public sealed class FuzzRun(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Status (or "error" for a transport failure) by kind of request.</summary>
    public async Task<FuzzTally> RunAsync(Func<int, FuzzRequest> next, int requests, int concurrency, int firstIndex = 0)
    {
        var tally = new FuzzTally();
        var counter = -1;

        async Task WorkAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref counter)) < requests)
            {
                var request = next(firstIndex + i);
                tally.Add(request.Kind, await SendAsync(request));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)));
        return tally;
    }

    public async Task<string> SendAsync(FuzzRequest fuzz)
    {
        using var content = new ByteArrayContent(fuzz.Body);
        if (fuzz.ContentType is { } type)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }

        try
        {
            using var response = await _http.PostAsync(endpoint, content);
            await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return "error";
        }
    }

    public void Dispose() => _http.Dispose();
}

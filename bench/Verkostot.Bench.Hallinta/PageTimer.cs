using System.Diagnostics;
using System.Net;

namespace Verkostot.Bench.Hallinta;

/// <summary>
/// Times a page the way a browser asks for it, one request at a time over loopback: the figure is the server's
/// time plus a loopback round trip, so it bounds the server time from above.
/// </summary>
internal static class PageTimer
{
    /// <param name="expected">The answer that shows the request did its work: by default a page for a GET, and for a POST
    /// the redirect that follows a save (a form shown again with errors saved nothing).</param>
    public static async Task<PageFigures> TimeAsync(HttpClient client, string name, Func<int, HttpRequestMessage> request, int warmUp, int measured, HttpStatusCode? expected = null)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await SendAsync(client, request(i), expected);
        }
        var times = new double[measured];
        var start = ServerWork.Process.Now();
        for (var i = 0; i < measured; i++)
        {
            var watch = Stopwatch.StartNew();
            await SendAsync(client, request(warmUp + i), expected);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        return Figures(name, times, ServerWork.Process.Since(start, measured));
    }

    public static PageFigures Figures(string name, double[] times, (double CpuMs, double AllocatedKb, double Commands) work)
    {
        Array.Sort(times);
        return new PageFigures(name, times[times.Length / 2], times[(int)Math.Ceiling(times.Length * 0.95) - 1], times[^1], work.CpuMs, work.AllocatedKb, work.Commands);
    }

    private static async Task SendAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode? expected)
    {
        // The body is read to its end and dropped, as it comes: buffering a 5 MB export would add the client's copies
        // of it to the allocations counted, which are meant to be the server's.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
        if (response.StatusCode != (expected ?? (request.Method == HttpMethod.Post ? HttpStatusCode.Redirect : HttpStatusCode.OK)))
        {
            throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}");
        }
    }
}

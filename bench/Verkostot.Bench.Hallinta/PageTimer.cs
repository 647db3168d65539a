using System.Diagnostics;
using System.Net;

namespace Verkostot.Bench.Hallinta;

/// <summary>
/// Times a page the way a browser asks for it, one request at a time over loopback: the figure is the server's
/// time plus a loopback round trip, so it bounds the server time from above.
/// </summary>
internal static class PageTimer
{
    public static async Task<PageFigures> TimeAsync(HttpClient client, string name, Func<int, HttpRequestMessage> request, int warmUp, int measured)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await SendAsync(client, request(i));
        }
        var times = new double[measured];
        for (var i = 0; i < measured; i++)
        {
            var watch = Stopwatch.StartNew();
            await SendAsync(client, request(warmUp + i));
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return new PageFigures(name, times[measured / 2], times[(int)Math.Ceiling(measured * 0.95) - 1], times[^1]);
    }

    private static async Task SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
        {
            throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}");
        }
    }
}

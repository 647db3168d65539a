using System.Diagnostics;
using System.Net;
using System.Text;
using Verkostot.Bench.Fakes;
using Verkostot.Bench.Load;
using Verkostot.Bench.Reporting;
using Verkostot.Bench.Targets;

namespace Verkostot.Bench.Comparison;

/// <summary>
/// Issue 13's like-for-like shape: a fixed number of connections, each posting the next message as soon as the last
/// one is answered, to personal conversations taken in turn; a warm-up, then a measured window. Throughput is what
/// counts for a person: replies (not typing indicators) arriving at the loopback connector during the window.
/// </summary>
public sealed class TimedLoad(LoopbackConnector connector, int connections, int conversations) : IDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);
    private static int _runs;

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Posts until the target answers a message with a reply (a starting bot's first answer).</summary>
    public async Task WaitUntilAnsweringAsync(Uri endpoint, string botId, Func<bool> gaveUp, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var before = connector.Messages;
        while (connector.Messages == before)
        {
            if (gaveUp() || Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"{endpoint} did not answer within {timeout.TotalSeconds:0} s");
            }
            try
            {
                using var response = await _http.SendAsync(Post(endpoint, botId, $"first-{Guid.NewGuid():N}", 0, "moi"));
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
    }

    public async Task<ComparisonResult> RunAsync(string name, Uri endpoint, string botId, IReadOnlyList<string> texts,
        TimeSpan warmup, TimeSpan window, ChildProcess target)
    {
        var run = Interlocked.Increment(ref _runs);
        var loadBefore = Machine.LoadAverage();
        var start = Stopwatch.GetTimestamp() + Ticks(warmup);
        var end = start + Ticks(window);
        var next = -1;
        var accepted = 0L;
        var failures = 0;
        var latencies = new List<double>[connections];
        long messagesAtStart = 0, messagesAtEnd = 0, acceptedAtEnd = 0;
        double cpuAtStart = 0, cpuAtEnd = 0;
        var typingBefore = connector.Typing;
        var baseline = connector.Messages;
        using var allocations = AllocationMeter.TryStart(target.Id);
        long allocatedAtStart = 0, allocatedAtEnd = 0;

        // Snapshots at the window's edges, taken by a timer, not by whichever request happens to cross them.
        var edges = Task.Run(async () =>
        {
            await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), start));
            messagesAtStart = connector.Messages;
            cpuAtStart = target.CpuSeconds();
            allocatedAtStart = allocations?.Allocated ?? 0;
            await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), end));
            messagesAtEnd = connector.Messages;
            cpuAtEnd = target.CpuSeconds();
            allocatedAtEnd = allocations?.Allocated ?? 0;
            acceptedAtEnd = Interlocked.Read(ref accepted);
        });

        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(65_536);
            while (Stopwatch.GetTimestamp() < end)
            {
                var i = Interlocked.Increment(ref next);
                var posted = Stopwatch.GetTimestamp();
                var ok = await SendAsync(Post(endpoint, botId, $"c{run}-{i}", i % conversations, texts[i % texts.Count]));
                if (ok)
                {
                    Interlocked.Increment(ref accepted);
                }
                if (posted >= start && posted < end)
                {
                    mine.Add(Stopwatch.GetElapsedTime(posted).TotalMilliseconds);
                    if (!ok)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        })));
        await edges;

        var backlog = Math.Max(0, acceptedAtEnd - (messagesAtEnd - baseline));
        await DrainAsync(baseline + Interlocked.Read(ref accepted));
        await Task.Delay(1000);
        var post = Latencies.Of([.. latencies.SelectMany(l => l)]);
        var replies = messagesAtEnd - messagesAtStart;
        return new ComparisonResult(name, replies / window.TotalSeconds, post.Count / window.TotalSeconds,
            post, failures, connector.Typing - typingBefore, backlog, target.Memory().Rss,
            replies == 0 ? double.NaN : (cpuAtEnd - cpuAtStart) * 1000 / replies,
            allocations is null || replies == 0 ? double.NaN : (allocatedAtEnd - allocatedAtStart) / 1024.0 / replies,
            loadBefore, Machine.LoadAverage());
    }

    /// <summary>Waits until every accepted message has its reply (or the timeout): memory is read after the work is done.</summary>
    private async Task DrainAsync(long messages)
    {
        var deadline = Stopwatch.GetTimestamp() + Ticks(DrainTimeout);
        while (connector.Messages < messages && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(100);
        }
    }

    private async Task<bool> SendAsync(HttpRequestMessage request)
    {
        try
        {
            using (request)
            using (var response = await _http.SendAsync(request))
            {
                return response.StatusCode == HttpStatusCode.OK;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private HttpRequestMessage Post(Uri endpoint, string botId, string id, int conversation, string text) =>
        new(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(BenchActivity.Message(id, connector.ServiceUrl, botId, conversation, text), Encoding.UTF8, "application/json"),
        };

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    public void Dispose() => _http.Dispose();
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Verkostot.Bench.Fakes;

namespace Verkostot.Bench.Load;

/// <summary>
/// A fixed number of messages at a fixed concurrency. Each request's latency runs from the start of its POST until
/// the bot's reply to it (matched by activity id) reaches the loopback connector.
/// </summary>
public sealed class LoadRun(LoopbackConnector connector) : IDisposable
{
    /// <summary>A run's conversations: replies are rate limited per conversation, and real load comes from many chats.</summary>
    public const int Conversations = 2000;

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);
    private static int _runs;

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = 64,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<LoadResult> RunAsync(LoadTarget target, IReadOnlyList<string> texts, int requests, int concurrency)
    {
        var run = Interlocked.Increment(ref _runs);
        var latencies = new double[requests];
        var acknowledged = new double[requests];
        var failures = 0;
        var next = -1;
        var repliesBefore = connector.Replies;
        var bytesBefore = connector.ReplyBytes;
        var started = Stopwatch.GetTimestamp();
        long lastArrival = started;

        async Task WorkAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var arrived = await SendOneAsync(target, $"bench-{run}-{i}", i % Conversations, texts[i % texts.Count], latencies, acknowledged, i);
                if (arrived is { } at)
                {
                    InterlockedMax(ref lastArrival, at);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)));
        var elapsed = Stopwatch.GetElapsedTime(started, Interlocked.Read(ref lastArrival));
        var answered = latencies.Where(l => l > 0).ToArray();
        var replies = connector.Replies - repliesBefore;
        var averageBytes = replies == 0 ? 0 : (double)(connector.ReplyBytes - bytesBefore) / replies;
        return new LoadResult(target.Name, requests, failures, elapsed, Latencies.Of(answered), Latencies.Of([.. acknowledged.Where(a => a > 0)]), averageBytes);
    }

    private async Task<long?> SendOneAsync(LoadTarget target, string id, int user, string text, double[] latencies, double[] acknowledged, int index)
    {
        var reply = connector.ReplyTo(id);
        var body = BenchActivity.Message(id, connector.ServiceUrl, target.BotId, user, text);
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (target.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.Token);
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request);
            acknowledged[index] = Math.Max(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 0.001);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                connector.Forget(id);
                return null;
            }

            var arrived = await reply.WaitAsync(ReplyTimeout);
            latencies[index] = Math.Max(Stopwatch.GetElapsedTime(start, arrived).TotalMilliseconds, 0.001);
            return arrived;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException)
        {
            connector.Forget(id);
            return null;
        }
    }

    /// <summary>
    /// Posts one message again and again until the bot takes it, then waits for its reply: the moment a starting bot
    /// first answers (<see cref="Stopwatch"/> ticks of the reply's arrival at the connector).
    /// </summary>
    public async Task<long> FirstReplyAsync(LoadTarget target, Func<bool> gaveUp, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        for (var attempt = 0; Stopwatch.GetTimestamp() < deadline && !gaveUp(); attempt++)
        {
            var id = $"first-{Interlocked.Increment(ref _runs)}-{attempt}";
            var reply = connector.ReplyTo(id);
            using var request = new HttpRequestMessage(HttpMethod.Post, target.Endpoint)
            {
                Content = new StringContent(BenchActivity.Message(id, connector.ServiceUrl, target.BotId, 0, "moi"), Encoding.UTF8, "application/json"),
            };
            try
            {
                using var response = await _http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return await reply.WaitAsync(timeout);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            connector.Forget(id);
            await Task.Delay(10);
        }
        throw new TimeoutException("The bot did not answer within " + timeout);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }

    public void Dispose() => _http.Dispose();
}

using System.Diagnostics;
using Verkostot.Testing.Connector;

namespace Verkostot.Bench.Inbound;

/// <summary>
/// The request path with the durable inbox: concurrent POSTs to 2 000 personal conversations, each stored (group
/// commit) before its 200. Measured: the POST's latency and throughput, and how the commits were grouped.
/// </summary>
internal static class RequestPathRun
{
    private const int Conversations = 2_000;

    public static async Task<(Percentiles Posts, double PerSecond, (int Commits, double ArrivalsPerCommit, Percentiles Durations) Commits)> RunAsync(
        IReadOnlyDictionary<string, string?> storage, HttpClient http, InboxCommits commits, int requests, int warmup, int concurrency)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = new InboundBot(new Dictionary<string, string?>(storage)
        {
            // Teams' send limits would measure the limiter, not the request path.
            ["Connector:AppPermitsPerSecond"] = "10000",
            ["Connector:ConversationPermitsPerSecond"] = "1000",
            ["Connector:ConversationPermitsPer30Seconds"] = "10000",
        });
        await LoadAsync(bot, http, connector.ServiceUrl, warmup, concurrency);
        commits.Take();
        var clock = Stopwatch.StartNew();
        var latencies = await LoadAsync(bot, http, connector.ServiceUrl, requests, concurrency);
        var perSecond = requests / clock.Elapsed.TotalSeconds;
        return (new Percentiles(latencies), perSecond, commits.Take());
    }

    private static async Task<List<double>> LoadAsync(InboundBot bot, HttpClient http, string serviceUrl, int requests, int concurrency)
    {
        var next = -1;
        var latencies = new List<double>[concurrency];
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            int n;
            while ((n = Interlocked.Increment(ref next)) < requests)
            {
                using var content = Activities.Body(Activities.Message(n % Conversations, serviceUrl, "kuka on puheenjohtaja"));
                var clock = Stopwatch.StartNew();
                using var response = await http.PostAsync(bot.Endpoint, content);
                latencies[worker].Add(clock.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }
        }));
        return [.. latencies.SelectMany(l => l)];
    }
}

using System.Diagnostics;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Loopback;

namespace Verkostot.Bench.Inbound;

/// <summary>
/// Issue 13's scenario: one chat receives 500 messages and its serviceUrl refuses connections, another gets 429 with
/// Retry-After: 30 on every send, and a third person asks 50 questions (one every 250 ms, inside Teams' 7 a second)
/// answered by a healthy loopback connector. Their time from POST to answer is what is measured.
/// </summary>
internal static class IsolationRun
{
    private const int FloodMessages = 500;
    private const int Questions = 50;
    private static readonly TimeSpan QuestionEvery = TimeSpan.FromMilliseconds(250);

    public static async Task<(Percentiles Answered, Percentiles Acknowledged)> RunAsync(string database, HttpClient http)
    {
        await using var healthy = await FakeConnector.StartAsync();
        await using var throttling = await FakeConnector.StartAsync();
        throttling.Always(FakeResponse.Throttled("30"));
        var refusing = $"http://127.0.0.1:{LoopbackPort.Free()}/";
        await using var bot = new InboundBot(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={database}",
        });
        await AskAsync(bot, http, healthy, person: 4, count: 1); // start-up (JIT, first catalog load) is not the flood's doing

        using var stop = new CancellationTokenSource();
        var flood = FloodAsync(bot, http, refusing);
        var throttled = KeepAskingAsync(bot, http, throttling.ServiceUrl, stop.Token);
        var timings = await AskAsync(bot, http, healthy, person: 3, Questions);
        await stop.CancelAsync();
        await Task.WhenAll(flood, throttled);
        return (new Percentiles(timings.Select(t => t.Answered)), new Percentiles(timings.Select(t => t.Acknowledged)));
    }

    private static async Task FloodAsync(InboundBot bot, HttpClient http, string serviceUrl)
    {
        for (var batch = 0; batch < FloodMessages / 25; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 25).Select(i =>
                PostAsync(http, bot, Activities.Message(1, serviceUrl, $"kuka on puheenjohtaja {batch}-{i}"))));
            await Task.Delay(QuestionEvery * Questions / (FloodMessages / 25));
        }
    }

    private static async Task KeepAskingAsync(InboundBot bot, HttpClient http, string serviceUrl, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await PostAsync(http, bot, Activities.Message(2, serviceUrl, "milloin on seuraava kokous"));
            await Task.Delay(QuestionEvery * 2, CancellationToken.None);
        }
    }

    private static async Task<List<(double Acknowledged, double Answered)>> AskAsync(InboundBot bot, HttpClient http, FakeConnector connector, int person, int count)
    {
        var timings = new List<(double, double)>();
        for (var i = 0; i < count; i++)
        {
            var question = Activities.Message(person, connector.ServiceUrl, "kuka edustaa itä-suomea");
            var path = $"/activities/{Activities.IdOf(question)}";
            var clock = Stopwatch.StartNew();
            await PostAsync(http, bot, question);
            var acknowledged = clock.Elapsed.TotalMilliseconds;
            await connector.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith(path, StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            timings.Add((acknowledged, clock.Elapsed.TotalMilliseconds));
            var rest = QuestionEvery - clock.Elapsed;
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest);
            }
        }
        return timings;
    }

    private static async Task PostAsync(HttpClient http, InboundBot bot, System.Text.Json.Nodes.JsonObject activity)
    {
        using var content = Activities.Body(activity);
        using var response = await http.PostAsync(bot.Endpoint, content);
        response.EnsureSuccessStatusCode();
    }
}

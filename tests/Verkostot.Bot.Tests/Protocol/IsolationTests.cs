using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Verkostot.Testing.Connector;
using Verkostot.Bot.Tests.Hosting;
using Xunit.Abstractions;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>
/// One conversation can never stall the others: the scenario of issue 13 on the real host, with the default
/// settings, held to the target of a p99 of 1 s over 50 questions (bench/Verkostot.Bench.Inbound measures it
/// too). Observed on the 2-core machine at a load of 5–7: p99 59–148 ms, so 1 s leaves room for a busy CI machine,
/// while a conversation that stalls the others shows as tens of seconds.
/// </summary>
public sealed class IsolationTests(ITestOutputHelper output)
{
    private const int FloodMessages = 500;
    private const int Questions = 50;
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(1);
    // A person asks a question every quarter second at most, well inside Teams' 7 per second per conversation.
    private static readonly TimeSpan QuestionEvery = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task ThirdPerson_WhileOneChatFloodsAnUnreachableConnectorAndAnotherIsThrottled_IsAnsweredPromptly()
    {
        await using var host = await BotTestHost.StartAsync();
        await using var throttling = await FakeConnector.StartAsync();
        throttling.Always(FakeResponse.Throttled("30"));
        var refusing = RefusingServiceUrl();
        var measuring = new CancellationTokenSource();
        // One answer first, so that start-up (JIT, the catalog's first load) is not counted as the flood's doing.
        await AskAndTimeAsync(host, person: 4, count: 1);

        var flood = FloodAsync(host, refusing);
        var throttled = KeepAskingAsync(host, person: 2, throttling.ServiceUrl, measuring.Token);
        var timings = await AskAndTimeAsync(host, person: 3, Questions);
        await measuring.CancelAsync();
        var floodStatuses = await flood;
        await throttled;

        var answered = P99(timings.Select(t => t.Answered));
        output.WriteLine($"third person, {Questions} questions: answer p99 {answered.TotalMilliseconds:0} ms " +
            $"(POST p99 {P99(timings.Select(t => t.Acknowledged)).TotalMilliseconds:0} ms); the throttled chat's connector got " +
            $"{throttling.Requests.Count} requests, all 429");
        Assert.All(floodStatuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.NotEmpty(throttling.Requests);
        Assert.True(answered <= Allowed, $"p99 {answered.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task OtherPerson_OneWorkerWhileAChatWaitsOutRetryAfter30_IsAnsweredWithinASecond()
    {
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Inbound:Workers"] = "1" });
        await using var throttling = await FakeConnector.StartAsync();
        throttling.Always(FakeResponse.Throttled("30"));
        await AskAndTimeAsync(host, person: 4, count: 1);

        for (var i = 0; i < 3; i++)
        {
            using var _ = await host.PostAsync(Answers.From(2, throttling.ServiceUrl, $"milloin on seuraava kokous {i}"));
        }
        // Teams has answered the throttled chat's first reply with 429: from now on that reply waits 30 s.
        await throttling.WaitForRequestAsync(Answers.IsAnswer, TimeSpan.FromSeconds(15));
        var timings = await AskAndTimeAsync(host, person: 3, count: 5);

        var slowest = timings.Max(t => t.Answered);
        output.WriteLine($"one worker, throttled chat waiting: slowest of 5 answers {slowest.TotalMilliseconds:0} ms");
        Assert.True(slowest < TimeSpan.FromSeconds(1), $"slowest answer {slowest.TotalMilliseconds:0} ms");
    }

    /// <summary>500 messages into one group chat whose serviceUrl refuses connections, spread over the measurement.</summary>
    private static async Task<HttpStatusCode[]> FloodAsync(BotTestHost host, string serviceUrl)
    {
        var statuses = new List<HttpStatusCode>();
        for (var batch = 0; batch < FloodMessages / 25; batch++)
        {
            var posts = Enumerable.Range(0, 25).Select(i => host.PostAsync(Answers.From(1, serviceUrl, $"kuka on puheenjohtaja {batch}-{i}")));
            foreach (var response in await Task.WhenAll(posts))
            {
                statuses.Add(response.StatusCode);
                response.Dispose();
            }
            await Task.Delay(QuestionEvery * Questions / (FloodMessages / 25));
        }
        return [.. statuses];
    }

    /// <summary>Another chat where Teams answers every send with 429 and Retry-After: 30.</summary>
    private static async Task KeepAskingAsync(BotTestHost host, int person, string serviceUrl, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var _ = await host.PostAsync(Answers.From(person, serviceUrl, "milloin on seuraava kokous"));
            await Task.Delay(QuestionEvery * 2, CancellationToken.None);
        }
    }

    private static TimeSpan P99(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(0.99 * sorted.Count) - 1];
    }

    /// <summary>Asks one question after another, timing the POST and the answer's arrival at the connector.</summary>
    private static async Task<List<(TimeSpan Acknowledged, TimeSpan Answered)>> AskAndTimeAsync(BotTestHost host, int person, int count)
    {
        var timings = new List<(TimeSpan, TimeSpan)>();
        for (var i = 0; i < count; i++)
        {
            var question = Answers.From(person, host.ServiceUrl, "kuka edustaa itä-suomea");
            var id = Answers.IdOf(question);
            var clock = Stopwatch.StartNew();
            using (await host.PostAsync(question))
            {
            }
            var acknowledged = clock.Elapsed;
            await host.Connector.WaitForRequestAsync(r => Answers.IsAnswer(r) && Answers.AnsweredId(r) == id, TimeSpan.FromSeconds(30));
            timings.Add((acknowledged, clock.Elapsed));
            var rest = QuestionEvery - clock.Elapsed;
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest);
            }
        }
        return timings;
    }

    /// <summary>A loopback address where nothing listens: connections are refused at once.</summary>
    private static string RefusingServiceUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}

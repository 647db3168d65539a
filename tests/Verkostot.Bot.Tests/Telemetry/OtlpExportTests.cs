using System.Text;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set (and OTLP over HTTP with protobuf), logs, traces and the business figures reach
/// the collector (a fake on 127.0.0.1) on the standard paths, exported on the intervals the standard variables set.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OtlpExportTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private FakeOtlpCollector _collector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _collector = await FakeOtlpCollector.StartAsync();
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Origin,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Short intervals instead of a forced flush: the exporters send by themselves, as in production.
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task EndpointSet_QuestionAnswered_LogsTracesAndFiguresReachCollector()
    {
        var message = _host.PersonalMessage("kuka on Pienten kuntien verkoston puheenjohtaja");
        await _host.PostAsync(message);
        await _host.ReplyInAsync(message["conversation"]!["id"]!.GetValue<string>());

        await ExportedAsync("/v1/traces", "/api/messages");
        await ExportedAsync("/v1/logs", "Question answered");
        await ExportedAsync("/v1/metrics", "verkostot.questions");
    }

    /// <summary>Waits for an export to <paramref name="path"/> whose body holds <paramref name="text"/> (UTF-8, as protobuf carries strings).</summary>
    private async Task ExportedAsync(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var timeout = new CancellationTokenSource(Limit);
        while (!_collector.Exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(bytes) >= 0))
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"No export to {path} held \"{text}\" within {Limit.TotalSeconds} s; received: "
                    + string.Join(", ", _collector.Exports.GroupBy(e => e.Path).Select(g => $"{g.Count()} to {g.Key}")));
            }
            await Task.Delay(100);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// With APPLICATIONINSIGHTS_CONNECTION_STRING set, requests, logs and the business figures reach Application
/// Insights' ingestion endpoint (a fake on 127.0.0.1), and nothing else is asked: no statsbeat, no live metrics.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class AzureMonitorExportTests : IAsyncLifetime
{
    private FakeApplicationInsights _ingestion = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _ingestion = await FakeApplicationInsights.StartAsync();
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = _ingestion.ConnectionString,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _ingestion.DisposeAsync();
    }

    [Fact]
    public async Task ConnectionStringSet_QuestionAnswered_RequestLogAndFigureReachIngestion()
    {
        var message = _host.PersonalMessage("kuka on Pienten kuntien verkoston puheenjohtaja");
        await _host.PostAsync(message);
        await _host.ReplyInAsync(message["conversation"]!["id"]!.GetValue<string>());

        _host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        _host.Services.GetRequiredService<LoggerProvider>().ForceFlush();
        _host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var items = _ingestion.Items;
        Assert.Contains(items, i => i.Contains("\"RequestData\"", StringComparison.Ordinal) && i.Contains("/api/messages", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("\"MessageData\"", StringComparison.Ordinal) && i.Contains("Question answered", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("\"MetricData\"", StringComparison.Ordinal) && i.Contains("verkostot.questions", StringComparison.Ordinal));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// With APPLICATIONINSIGHTS_CONNECTION_STRING set, requests, logs and the business figures reach Application
/// Insights' ingestion endpoint (a fake on 127.0.0.1), and nothing else is asked: no statsbeat, no live metrics.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class AzureMonitorExportTests : IAsyncLifetime
{
    // A request's span ends after its response has left, so it may reach the exporter a moment after the reply.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

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
        await AskAsync("kuka on Pienten kuntien verkoston puheenjohtaja");

        await IngestedAsync(i => i.Contains("\"RequestData\"", StringComparison.Ordinal) && i.Contains("/api/messages", StringComparison.Ordinal));
        await IngestedAsync(i => i.Contains("\"MessageData\"", StringComparison.Ordinal) && i.Contains("Question answered", StringComparison.Ordinal));
        await IngestedAsync(i => i.Contains("\"MetricData\"", StringComparison.Ordinal) && i.Contains("verkostot.questions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionStringSet_QuestionsRightAfterDatabaseWork_EveryRequestReachesIngestion()
    {
        // Database commands outside any request or job (Hangfire's polls, the warm-up) are root spans, dropped later;
        // the exporter's default rate-limited sampler counted them and then kept a question's trace only rarely.
        for (var question = 0; question < 5; question++)
        {
            await _host.RunAsync<IDbContextFactory<VerkostotDbContext>>(async contexts =>
            {
                for (var command = 0; command < 20; command++)
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    await db.Database.ExecuteSqlRawAsync("SELECT 1");
                }
            });
            await AskAsync("kuka on Pienten kuntien verkoston puheenjohtaja");
        }

        await IngestedAsync(i => i.Contains("\"RequestData\"", StringComparison.Ordinal) && i.Contains("/api/messages", StringComparison.Ordinal), count: 5);
    }

    private async Task AskAsync(string text)
    {
        var message = _host.PersonalMessage(text);
        await _host.PostAsync(message);
        await _host.ReplyInAsync(message["conversation"]!["id"]!.GetValue<string>());
    }

    private async Task IngestedAsync(Func<string, bool> item, int count = 1)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (_ingestion.Items.Count(item) < count)
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"{_ingestion.Items.Count(item)} of {count} matching items ingested in {Limit.TotalSeconds} s; received:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, _ingestion.Items.Select(i => i.Length > 200 ? i[..200] : i)));
            }
            _host.Services.GetRequiredService<TracerProvider>().ForceFlush();
            _host.Services.GetRequiredService<LoggerProvider>().ForceFlush();
            _host.Services.GetRequiredService<MeterProvider>().ForceFlush();
            await Task.Delay(100);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Logging;
using Verkostot.Bot.Tests.Authentication;
using Verkostot.Testing.Logging;

namespace Verkostot.Bot.Tests.Logging;

/// <summary>The sampler as the bot registers it, in a real logging pipeline writing to a captured provider.</summary>
public sealed class RepeatedLogSamplerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();
    private readonly ServiceProvider _services;
    private readonly ILogger _logger;

    public RepeatedLogSamplerTests()
    {
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_time)
            .AddLogging(logging => logging.AddProvider(_logs).AddSampler<RepeatedLogSampler>().SetMinimumLevel(LogLevel.Debug))
            .BuildServiceProvider();
        _logger = _services.GetRequiredService<ILoggerFactory>().CreateLogger("Verkostot.Bot.Connector.ConnectorClient");
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Log_SameWarningRepeated_OnlyTheBurstIsWritten()
    {
        for (var i = 0; i < 1000; i++)
        {
            _logger.LogWarning(new EventId(4103, "Unreachable"), "Bot Connector call got no answer");
        }

        Assert.Equal(RepeatedLogSampler.Burst, Warnings("got no answer"));
    }

    [Fact]
    public void Log_AfterTheWindow_SuppressedCountIsReportedAndWritingResumes()
    {
        for (var i = 0; i < 25; i++)
        {
            _logger.LogWarning(new EventId(4103, "Unreachable"), "Bot Connector call got no answer");
        }

        _time.Advance(RepeatedLogSampler.Window);
        _logger.LogWarning(new EventId(4103, "Unreachable"), "Bot Connector call got no answer");

        var summary = Assert.Single(_logs.Entries, e => e.Message.Contains("were not written", StringComparison.Ordinal));
        Assert.StartsWith("15 more Warning entries of Verkostot.Bot.Connector.ConnectorClient[4103]", summary.Message);
        Assert.Equal(RepeatedLogSampler.Burst + 1, Warnings("got no answer"));
    }

    [Fact]
    public void Timer_FloodEndedAndNothingMoreCame_SummaryWrittenAnyway()
    {
        for (var i = 0; i < 12; i++)
        {
            _logger.LogError(new EventId(7, "Failed"), "Handling failed");
        }

        _time.Advance(RepeatedLogSampler.Window);

        Assert.Single(_logs.Entries, e => e.Message.StartsWith("2 more Error entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Log_DifferentEvents_CountedSeparately()
    {
        for (var i = 0; i < 20; i++)
        {
            _logger.LogWarning(new EventId(1, "First"), "first kind");
            _logger.LogWarning(new EventId(2, "Second"), "second kind");
        }

        Assert.Equal(RepeatedLogSampler.Burst, Warnings("first kind"));
        Assert.Equal(RepeatedLogSampler.Burst, Warnings("second kind"));
    }

    [Fact]
    public void Log_InformationAndCritical_NeverDropped()
    {
        for (var i = 0; i < 50; i++)
        {
            _logger.LogInformation("answered");
            _logger.LogCritical("storage lost");
        }

        Assert.Equal(50, _logs.Entries.Count(e => e.Message == "answered"));
        Assert.Equal(50, _logs.Entries.Count(e => e.Message == "storage lost"));
    }

    private int Warnings(string text) => _logs.Entries.Count(e => e.Message.Contains(text, StringComparison.Ordinal));
}

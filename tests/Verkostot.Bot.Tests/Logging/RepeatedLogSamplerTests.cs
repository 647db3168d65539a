using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Logging;
using Verkostot.Bot.Tests.Authentication;

namespace Verkostot.Bot.Tests.Logging;

/// <summary>The sampler as the bot registers it, in a real logging pipeline writing to a captured provider.</summary>
public sealed class RepeatedLogSamplerTests : IDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs logs = new();
    private readonly ServiceProvider services;
    private readonly ILogger logger;

    public RepeatedLogSamplerTests()
    {
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddLogging(logging => logging.AddProvider(logs).AddSampler<RepeatedLogSampler>().SetMinimumLevel(LogLevel.Debug))
            .BuildServiceProvider();
        logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Verkostot.Bot.Connector.ConnectorClient");
    }

    public void Dispose() => services.Dispose();

    [Fact]
    public void Log_SameWarningRepeated_OnlyTheBurstIsWritten()
    {
        for (var i = 0; i < 1000; i++)
        {
            logger.LogWarning(new EventId(4103, "Unreachable"), "Bot Connector call got no answer");
        }

        Assert.Equal(RepeatedLogSampler.Burst, Warnings("got no answer"));
    }

    [Fact]
    public void Log_AfterTheWindow_SuppressedCountIsReportedAndWritingResumes()
    {
        for (var i = 0; i < 25; i++)
        {
            logger.LogWarning(new EventId(4103, "Unreachable"), "Bot Connector call got no answer");
        }

        time.Advance(RepeatedLogSampler.Window);
        logger.LogWarning(new EventId(4103, "Unreachable"), "Bot Connector call got no answer");

        var summary = Assert.Single(logs.Entries, e => e.Message.Contains("were not written", StringComparison.Ordinal));
        Assert.StartsWith("15 more Warning entries of Verkostot.Bot.Connector.ConnectorClient[4103]", summary.Message);
        Assert.Equal(RepeatedLogSampler.Burst + 1, Warnings("got no answer"));
    }

    [Fact]
    public void Timer_FloodEndedAndNothingMoreCame_SummaryWrittenAnyway()
    {
        for (var i = 0; i < 12; i++)
        {
            logger.LogError(new EventId(7, "Failed"), "Handling failed");
        }

        time.Advance(RepeatedLogSampler.Window);

        Assert.Single(logs.Entries, e => e.Message.StartsWith("2 more Error entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Log_DifferentEvents_CountedSeparately()
    {
        for (var i = 0; i < 20; i++)
        {
            logger.LogWarning(new EventId(1, "First"), "first kind");
            logger.LogWarning(new EventId(2, "Second"), "second kind");
        }

        Assert.Equal(RepeatedLogSampler.Burst, Warnings("first kind"));
        Assert.Equal(RepeatedLogSampler.Burst, Warnings("second kind"));
    }

    [Fact]
    public void Log_InformationAndCritical_NeverDropped()
    {
        for (var i = 0; i < 50; i++)
        {
            logger.LogInformation("answered");
            logger.LogCritical("storage lost");
        }

        Assert.Equal(50, logs.Entries.Count(e => e.Message == "answered"));
        Assert.Equal(50, logs.Entries.Count(e => e.Message == "storage lost"));
    }

    private int Warnings(string text) => logs.Entries.Count(e => e.Message.Contains(text, StringComparison.Ordinal));
}

using Microsoft.Extensions.Options;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Core.Questions;

namespace Verkostot.Bot.Hosting;

/// <summary>
/// Once the bot listens, prepares in the background what the first activity would otherwise wait for: the Bot
/// Connector's signing keys, the bot's own token, the catalog snapshot with its question indexes. Work that no
/// question needs (Hangfire's server, <see cref="AfterWarmUp"/>) starts only after this, so it does not compete with
/// the first answer for a small machine's CPU. A failure here is logged and changes nothing: each step is done again
/// on first use.
/// </summary>
internal sealed partial class StartupWarmUp(
    IServiceProvider services, IOptions<BotOptions> bot, IHostApplicationLifetime lifetime, ILogger<StartupWarmUp> logger) : BackgroundService
{
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up has finished, failed or been cancelled.</summary>
    public Task Completed => _completed.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenListeningAsync(stoppingToken);
            var started = TimeProvider.System.GetTimestamp();
            await Task.WhenAll(SigningKeysAsync(stoppingToken), TokenAsync(stoppingToken), QuestionsAsync(stoppingToken));
            LogWarmedUp(logger, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before it finished: nothing to prepare for.
        }
        catch (Exception e)
        {
            LogWarmUpFailed(logger, e);
        }
        finally
        {
            _completed.TrySetResult();
        }
    }

    private Task WhenListeningAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private async Task SigningKeysAsync(CancellationToken cancellationToken)
    {
        if (!bot.Value.IsDeveloperMode)
        {
            await services.GetRequiredService<BotConnectorMetadata>().Manager.GetConfigurationAsync(cancellationToken);
        }
    }

    private async Task TokenAsync(CancellationToken cancellationToken)
    {
        if (!bot.Value.IsDeveloperMode)
        {
            await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(cancellationToken);
        }
    }

    private async Task QuestionsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<QuestionAnswering>().WarmUpAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up in {Milliseconds:0} ms: signing keys, token, catalog and question indexes ready")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up after start did not finish; the first activity will do the work instead")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// The workers that run handlers: each takes the next conversation from the ready queue, runs one of its activities
/// and hands it back, so conversations take turns. Sending replies is not their work (see <see cref="ConversationScheduler"/>).
/// </summary>
internal sealed class TurnWorker(ConversationScheduler scheduler, TurnRunner runner, IOptions<InboundOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await scheduler.StopAsync(cancellationToken);
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var lane in scheduler.Ready.ReadAllAsync(stoppingToken))
            {
                if (scheduler.Next(lane) is not { } turn)
                {
                    continue;
                }
                await runner.RunAsync(turn, stoppingToken);
                scheduler.Ran(lane);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is in the inbox for the next start.
        }
    }
}

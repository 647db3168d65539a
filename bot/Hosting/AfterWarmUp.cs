namespace Verkostot.Bot.Hosting;

/// <summary>
/// Hosted services whose start waits for <see cref="StartupWarmUp"/> and then for the first activities to be answered:
/// the host does not wait for them, and their work begins once it no longer competes with the first answers for a small
/// machine's CPU (those usually arrive while the bot warms up: Teams retries what a restart left unanswered). A bot that
/// stays busy starts them after <see cref="AnsweringLimit"/> all the same. They start one after another in the order
/// given and stop in the reverse order; stopping before one started stops nothing of it.
/// </summary>
internal sealed class AfterWarmUp(IReadOnlyList<IHostedService> inner, StartupWarmUp warmUp, Func<bool> answering, TimeProvider time)
    : IHostedService
{
    /// <summary>How long the start waits for activities being answered after the warm-up, at most.</summary>
    public static readonly TimeSpan AnsweringLimit = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan AnsweringPoll = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource _stopping = new();
    private Task _started = Task.CompletedTask;
    private int _innerStarted;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _started = StartLaterAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _started;
        }
        catch (Exception)
        {
            // Stopped before or while they started (the host may already be tearing down its services): only those
            // that started are stopped.
        }
        for (var i = Volatile.Read(ref _innerStarted) - 1; i >= 0; i--)
        {
            await inner[i].StopAsync(cancellationToken);
        }
    }

    private async Task StartLaterAsync(CancellationToken stopping)
    {
        await warmUp.Completed.WaitAsync(stopping);
        var waiting = time.GetTimestamp();
        while (answering() && time.GetElapsedTime(waiting) < AnsweringLimit)
        {
            await Task.Delay(AnsweringPoll, time, stopping);
        }
        foreach (var service in inner)
        {
            stopping.ThrowIfCancellationRequested();
            await service.StartAsync(stopping);
            Interlocked.Increment(ref _innerStarted);
        }
    }
}

namespace Verkostot.Bot.Hosting;

/// <summary>
/// A hosted service whose start waits for <see cref="StartupWarmUp"/>: the host does not wait for it, and its work
/// begins once the first question can be answered quickly. Stopping before it started stops nothing.
/// </summary>
internal sealed class AfterWarmUp(IHostedService inner, StartupWarmUp warmUp) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _started = Task.CompletedTask;
    private volatile bool _innerStarted;

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
        catch (Exception) when (!_innerStarted)
        {
            // Stopped before or while it started (the host may already be tearing down its services): nothing to stop.
            return;
        }
        await inner.StopAsync(cancellationToken);
    }

    private async Task StartLaterAsync(CancellationToken stopping)
    {
        await warmUp.Completed.WaitAsync(stopping);
        stopping.ThrowIfCancellationRequested();
        await inner.StartAsync(stopping);
        _innerStarted = true;
    }
}

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// One send's cancellation: its own timer on the injected clock (the reply's deadline) and a registration on the
/// scheduler's stopping token. Reusable through <see cref="SendDeadlines"/>.
/// </summary>
internal sealed class SendDeadline : IDisposable
{
    private readonly CancellationTokenRegistration _onStopping;

    public SendDeadline(TimeProvider time, CancellationToken stopping)
    {
        Source = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        Stopping = stopping;
        _onStopping = stopping.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), Source);
    }

    public CancellationTokenSource Source { get; }

    public CancellationToken Stopping { get; }

    public CancellationToken Token => Source.Token;

    public void Dispose()
    {
        // The registration first: a stop arriving now must not cancel a disposed source.
        _onStopping.Dispose();
        Source.Dispose();
    }
}

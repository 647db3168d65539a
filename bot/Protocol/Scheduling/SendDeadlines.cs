using System.Collections.Concurrent;

namespace Verkostot.Bot.Protocol.Scheduling;

/// <summary>
/// Cancellations for sends, reused: a send that finished in time resets its <see cref="SendDeadline"/> for the next
/// one, instead of every reply making a source, a linked source and a timer. One that fired is not reused.
/// </summary>
internal sealed class SendDeadlines(TimeProvider time)
{
    private const int MaxPooled = 64;
    private readonly ConcurrentQueue<SendDeadline> _pool = new();

    /// <summary>A cancellation that fires after <paramref name="remaining"/> or when <paramref name="stopping"/> is cancelled.</summary>
    public SendDeadline Rent(TimeSpan remaining, CancellationToken stopping)
    {
        if (!_pool.TryDequeue(out var deadline) || deadline.Stopping != stopping)
        {
            deadline?.Dispose();
            deadline = new SendDeadline(time, stopping);
        }
        deadline.Source.CancelAfter(remaining);
        return deadline;
    }

    public void Return(SendDeadline deadline)
    {
        if (_pool.Count < MaxPooled && deadline.Source.TryReset())
        {
            _pool.Enqueue(deadline);
            return;
        }
        deadline.Dispose();
    }
}

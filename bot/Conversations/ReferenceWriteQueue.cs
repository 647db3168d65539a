namespace Verkostot.Bot.Conversations;

/// <summary>
/// Conversation references are written one at a time per instance. Concurrent writers on SQLite wait for its single
/// write lock by sleeping and retrying, which made a burst of first messages slow for everyone; taking turns here
/// costs each write about a millisecond instead.
/// </summary>
public sealed class ReferenceWriteQueue
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task RunAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            await write();
        }
        finally
        {
            _turn.Release();
        }
    }
}

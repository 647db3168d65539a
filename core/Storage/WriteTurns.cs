using Microsoft.Extensions.Options;

namespace Verkostot.Core.Storage;

/// <summary>
/// Turns for the busiest writers of this instance: the inbox's group commit and conversation references. SQLite has
/// one write lock, and Microsoft.Data.Sqlite answers a taken lock by sleeping 150 ms before trying again, so two
/// writers colliding cost one of them that much; taking turns here costs each write about a millisecond instead.
/// A writer that goes first (the inbox commit, which requests wait for) is let ahead of the others. PostgreSQL locks
/// rows, not the database: there the turn is free and writers run side by side.
/// </summary>
public sealed class WriteTurns(IOptions<StorageOptions> options)
{
    private readonly SemaphoreSlim? _turn = options.Value.Provider == StorageProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;
    private int _firstWaiting;

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken, bool goesFirst = false)
    {
        if (_turn is null)
        {
            return await write();
        }
        await TakeAsync(_turn, goesFirst, cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _turn.Release();
        }
    }

    public Task RunAsync(Func<Task> write, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await write();
            return true;
        }, cancellationToken);

    private async Task TakeAsync(SemaphoreSlim turn, bool goesFirst, CancellationToken cancellationToken)
    {
        if (goesFirst)
        {
            Interlocked.Increment(ref _firstWaiting);
            try
            {
                await turn.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _firstWaiting);
            }
            return;
        }

        await turn.WaitAsync(cancellationToken);
        while (Volatile.Read(ref _firstWaiting) > 0)
        {
            // The waiting first writer is queued behind us: step back to the end of the line.
            turn.Release();
            await Task.Yield();
            await turn.WaitAsync(cancellationToken);
        }
    }
}

using Verkostot.Core.Conversations;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Conversations;

/// <summary>
/// Conversation references are written one write at a time per instance, in turn with the inbox's commits
/// (<see cref="WriteTurns"/>), and the upserts waiting meanwhile go together in the next write (group commit). One
/// write per turn in a row made a burst of new conversations (every first message writes) wait for each other:
/// 2 000 new personal chats were answered at 20–40 a second. Now each write takes everything that waited for it.
/// </summary>
public sealed class ReferenceWriteQueue(WriteTurns turns)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly object _gate = new();
    private List<Pending> _waiting = [];

    /// <summary>
    /// Upserts the reference, together with others waiting, through <paramref name="store"/> (the caller's, so a
    /// write never outlives the scope it came from). Completes when it is written; throws what its write threw.
    /// </summary>
    public async Task UpsertAsync(IConversationReferenceStore store, ConversationReference reference, CancellationToken cancellationToken)
    {
        var mine = new Pending(reference);
        lock (_gate)
        {
            _waiting.Add(mine);
        }
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (!mine.IsWritten)
            {
                await turns.RunAsync(() => WriteWaitingAsync(store, cancellationToken), cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
        mine.ThrowIfFailed();
    }

    /// <summary>Runs one write alone (a removal), in turn with the upserts and the inbox.</summary>
    public async Task RunAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            await turns.RunAsync(write, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task WriteWaitingAsync(IConversationReferenceStore store, CancellationToken cancellationToken)
    {
        List<Pending> batch;
        lock (_gate)
        {
            (batch, _waiting) = (_waiting, []);
        }
        try
        {
            await store.UpsertAsync(batch.ConvertAll(p => p.Reference), cancellationToken);
            batch.ForEach(p => p.Written(null));
        }
        catch (Exception ex)
        {
            batch.ForEach(p => p.Written(ex));
        }
    }

    private sealed class Pending(ConversationReference reference)
    {
        private Exception? _failure;

        public ConversationReference Reference { get; } = reference;

        /// <summary>Set only under the queue's turn, and read by the same caller after it: no race.</summary>
        public bool IsWritten { get; private set; }

        public void Written(Exception? failure)
        {
            _failure = failure;
            IsWritten = true;
        }

        public void ThrowIfFailed()
        {
            if (_failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
            }
        }
    }
}

using Microsoft.Extensions.Options;
using Verkostot.Bot.Conversations;
using Verkostot.Core.Conversations;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Tests.Conversations;

public sealed class ReferenceWriteQueueTests
{
    private readonly ReferenceWriteQueue _queue = new(new WriteTurns(Options.Create(new StorageOptions())));
    private readonly BatchStore _store = new();

    [Fact]
    public async Task UpsertAsync_WhileAWriteIsUnderWay_TheWaitingUpsertsGoInTheNextWriteTogether()
    {
        _store.Hold();
        var first = _queue.UpsertAsync(_store, Reference("a:0"), CancellationToken.None);
        await _store.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = Enumerable.Range(1, 5).Select(i => _queue.UpsertAsync(_store, Reference($"a:{i}"), CancellationToken.None)).ToList();

        _store.Release();
        await Task.WhenAll([first, .. waiting]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new[] { new[] { "a:0" }, new[] { "a:1", "a:2", "a:3", "a:4", "a:5" } }, _store.Batches);
    }

    [Fact]
    public async Task UpsertAsync_TheWriteFails_EveryUpsertInItThrows()
    {
        _store.Hold();
        var first = _queue.UpsertAsync(_store, Reference("a:0"), CancellationToken.None);
        await _store.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = Enumerable.Range(1, 3).Select(i => _queue.UpsertAsync(_store, Reference($"a:{i}"), CancellationToken.None)).ToList();
        _store.FailFrom(batch: 2);

        _store.Release();

        await first;
        foreach (var upsert in waiting)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => upsert);
        }
    }

    private static ConversationReference Reference(string conversationId) => new()
    {
        ConversationId = conversationId,
        ConversationType = "personal",
        ServiceUrl = "https://smba.example/emea/",
        ChannelId = "msteams",
    };

    /// <summary>Records each write's conversations; the first write can be held until released.</summary>
    private sealed class BatchStore : IConversationReferenceStore
    {
        private TaskCompletionSource? _hold;
        private int _failFrom = int.MaxValue;

        public List<string[]> Batches { get; } = [];
        public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        public void Release() => _hold!.TrySetResult();
        public void FailFrom(int batch) => _failFrom = batch;

        public async Task UpsertAsync(IReadOnlyList<ConversationReference> references, CancellationToken cancellationToken)
        {
            Batches.Add([.. references.Select(r => r.ConversationId)]);
            WriteStarted.TrySetResult();
            if (_hold is { } hold)
            {
                await hold.Task;
                _hold = null;
            }
            if (Batches.Count >= _failFrom)
            {
                throw new InvalidOperationException("The database is gone.");
            }
        }

        public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken) => UpsertAsync([reference], cancellationToken);
        public Task RemoveAsync(string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<ConversationReference?>(null);
        public Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<ConversationReference?>(null);
        public Task<ConversationReference?> FindInTeamAsync(string teamId, CancellationToken cancellationToken) => Task.FromResult<ConversationReference?>(null);
        public Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken) => Task.FromResult<ConversationReference?>(null);
    }
}

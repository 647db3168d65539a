using System.Collections.Concurrent;
using System.Diagnostics;
using Verkostot.Core.Conversations;

namespace Verkostot.Bench.Targets;

/// <summary>
/// Wraps the bot's own conversation reference store and times its upserts (the database write every inbound
/// activity makes), so the request-path figures can say how much of a request is that write.
/// </summary>
/// With <paramref name="skipUpserts"/> (a diagnostic) the upsert is not made at all.
public sealed class TimedConversationReferenceStore(IConversationReferenceStore inner, ConcurrentQueue<double> upserts, bool skipUpserts) : IConversationReferenceStore
{
    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        if (!skipUpserts)
        {
            await inner.UpsertAsync(reference, cancellationToken);
        }
        upserts.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    public Task RemoveAsync(string conversationId, CancellationToken cancellationToken) => inner.RemoveAsync(conversationId, cancellationToken);
    public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) => inner.FindAsync(conversationId, cancellationToken);
    public Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken) => inner.FindPersonalAsync(aadObjectId, cancellationToken);
    public Task<ConversationReference?> FindInTeamAsync(string teamId, CancellationToken cancellationToken) => inner.FindInTeamAsync(teamId, cancellationToken);
    public Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken) => inner.FindAnyInTenantAsync(tenantId, cancellationToken);
}

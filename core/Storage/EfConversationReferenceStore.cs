using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Conversations;

namespace Verkostot.Core.Storage;

/// <summary>
/// Conversation references in the database, one row per conversation id. One store serves a scope (a turn, a sweep):
/// after <see cref="PreloadPersonalAsync"/> it answers the preloaded people's 1:1 chats, and the anchor of each tenant
/// once read, from memory until its own writes change them. A sweep of 3 600 reminders asked three times each (the
/// recipient's language, the messenger's chat, its anchor for a missing chat), one query apiece.
/// </summary>
internal sealed class EfConversationReferenceStore(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time) : IConversationReferenceStore
{
    // 13 parameters a row: well inside SQLite's 32 766 and PostgreSQL's 65 535 per statement.
    private const int MaxPerStatement = 500;
    private static ConversationReferenceUpsert? _upsert;

    // Null for someone known to have no 1:1 chat. Another instance's write in the meantime is not seen: a chat missed
    // is opened again through the anchor (Teams answers with the existing one), a locale missed is guessed.
    private readonly ConcurrentDictionary<string, ConversationReference?> _personal = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConversationReference?> _anchors = new(StringComparer.Ordinal);
    private volatile bool _preloaded;

    public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        UpsertAsync([reference], cancellationToken);

    public async Task UpsertAsync(IReadOnlyList<ConversationReference> references, CancellationToken cancellationToken)
    {
        // The last reference of each conversation: the newest that arrived.
        var latest = new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            latest[reference.ConversationId] = reference.UpdatedAt == default ? Stamped(reference, time.GetUtcNow()) : reference;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var upsert = _upsert is { } known && known.Model == db.Model ? known : _upsert = ConversationReferenceUpsert.For(db);
        // In key order: two instances upserting the same conversations then lock their rows in the same order, which
        // PostgreSQL would otherwise break as a deadlock (seen as 503s when both instances get the same activities).
        foreach (var chunk in latest.Values.OrderBy(r => r.ConversationId, StringComparer.Ordinal).Chunk(MaxPerStatement))
        {
            await upsert.UpsertAsync(db, chunk, cancellationToken);
        }
        Forget(latest.Values);
    }

    public async Task RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ConversationReferences.Where(c => c.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
        foreach (var (aad, chat) in _personal)
        {
            if (chat?.ConversationId == conversationId) _personal.TryRemove(aad, out _);
        }
        _anchors.Clear();
    }

    public async Task PreloadPersonalAsync(IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken)
    {
        _preloaded = true;
        var wanted = aadObjectIds.Where(id => !_personal.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in wanted.Chunk(MaxPerStatement))
        {
            var chats = await db.ConversationReferences.AsNoTracking()
                .Where(c => c.ConversationType == "personal" && chunk.Contains(c.UserAadObjectId!))
                .ToListAsync(cancellationToken);
            // The newest of a user's chats, as FindPersonalAsync picks it.
            var newest = chats.GroupBy(c => c.UserAadObjectId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Id), StringComparer.Ordinal);
            foreach (var id in chunk) _personal[id] = newest.GetValueOrDefault(id);
        }
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.AsNoTracking().SingleOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken);
    }

    public async Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (_personal.TryGetValue(aadObjectId, out var known)) return known;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.AsNoTracking()
            .Where(c => c.UserAadObjectId == aadObjectId && c.ConversationType == "personal")
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<ConversationReference?> FindInTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.AsNoTracking()
            .Where(c => c.TeamId == teamId)
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken)
    {
        // Remembered only in a batch of sends (after a preload), where every person without a chat asks for it.
        var key = tenantId ?? "";
        if (_preloaded && _anchors.TryGetValue(key, out var known)) return known;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var anchor = await db.ConversationReferences.AsNoTracking()
            .Where(c => tenantId == null || c.TenantId == tenantId)
            .OrderByDescending(c => c.TeamId != null)
            .ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (_preloaded) _anchors[key] = anchor;
        return anchor;
    }

    /// <summary>What this store remembers of the references just written.</summary>
    private void Forget(IEnumerable<ConversationReference> written)
    {
        foreach (var reference in written)
        {
            if (reference.UserAadObjectId is { } aad) _personal.TryRemove(aad, out _);
            else if (reference.ConversationType == "personal") _personal.Clear();
        }
        _anchors.Clear();
    }

    private static ConversationReference Stamped(ConversationReference r, DateTimeOffset now) => new()
    {
        ConversationId = r.ConversationId,
        ConversationType = r.ConversationType,
        ServiceUrl = r.ServiceUrl,
        ChannelId = r.ChannelId,
        TenantId = r.TenantId,
        BotId = r.BotId,
        UserId = r.UserId,
        UserName = r.UserName,
        UserAadObjectId = r.UserAadObjectId,
        TeamId = r.TeamId,
        TeamsChannelId = r.TeamsChannelId,
        Locale = r.Locale,
        UpdatedAt = now,
    };
}

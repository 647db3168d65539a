using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Conversations;

namespace Verkostot.Core.Storage;

/// <summary>Conversation references in the database, one row per conversation id.</summary>
internal sealed class EfConversationReferenceStore(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time) : IConversationReferenceStore
{
    // 13 parameters a row: well inside SQLite's 32 766 and PostgreSQL's 65 535 per statement.
    private const int MaxPerStatement = 500;
    private static ConversationReferenceUpsert? _upsert;

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
    }

    public async Task RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ConversationReferences.Where(c => c.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.AsNoTracking().SingleOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken);
    }

    public async Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken)
    {
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.AsNoTracking()
            .Where(c => tenantId == null || c.TenantId == tenantId)
            .OrderByDescending(c => c.TeamId != null)
            .ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
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

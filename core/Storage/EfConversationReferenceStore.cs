using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Conversations;

namespace Verkostot.Core.Storage;

/// <summary>Conversation references in the database, one row per conversation id.</summary>
internal sealed class EfConversationReferenceStore(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time) : IConversationReferenceStore
{
    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.ConversationReferences.SingleOrDefaultAsync(c => c.ConversationId == reference.ConversationId, cancellationToken);
        var updatedAt = (reference.UpdatedAt == default ? time.GetUtcNow() : reference.UpdatedAt).ToUniversalTime();
        if (existing is null)
        {
            db.ConversationReferences.Add(Copy(reference, New(reference), updatedAt));
        }
        else
        {
            Copy(reference, existing, updatedAt);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Two activities of a new conversation raced; the other insert won, so refresh that row instead.
            await UpsertAsync(reference, cancellationToken);
        }
    }

    public async Task UpsertAsync(IReadOnlyList<ConversationReference> references, CancellationToken cancellationToken)
    {
        // The last reference of each conversation: the newest that arrived.
        var latest = new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            latest[reference.ConversationId] = reference;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = latest.Keys.ToList();
        var existing = await db.ConversationReferences.Where(c => ids.Contains(c.ConversationId))
            .ToDictionaryAsync(c => c.ConversationId, StringComparer.Ordinal, cancellationToken);
        foreach (var reference in latest.Values)
        {
            var updatedAt = (reference.UpdatedAt == default ? time.GetUtcNow() : reference.UpdatedAt).ToUniversalTime();
            if (existing.TryGetValue(reference.ConversationId, out var row))
            {
                Copy(reference, row, updatedAt);
            }
            else
            {
                db.ConversationReferences.Add(Copy(reference, New(reference), updatedAt));
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted one of these conversations meanwhile: one by one, each finds its row.
            foreach (var reference in latest.Values)
            {
                await UpsertAsync(reference, cancellationToken);
            }
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

    private static ConversationReference New(ConversationReference reference) => new()
    {
        ConversationId = reference.ConversationId,
        ConversationType = reference.ConversationType,
        ServiceUrl = reference.ServiceUrl,
        ChannelId = reference.ChannelId,
    };

    private static ConversationReference Copy(ConversationReference from, ConversationReference to, DateTimeOffset updatedAt)
    {
        to.ConversationType = from.ConversationType;
        to.ServiceUrl = from.ServiceUrl;
        to.ChannelId = from.ChannelId;
        to.TenantId = from.TenantId;
        to.BotId = from.BotId;
        // A channel's reference is refreshed by whoever spoke last; keep the last known user rather than none.
        to.UserId = from.UserId ?? to.UserId;
        to.UserName = from.UserName ?? to.UserName;
        to.UserAadObjectId = from.UserAadObjectId ?? to.UserAadObjectId;
        to.TeamId = from.TeamId ?? to.TeamId;
        to.TeamsChannelId = from.TeamsChannelId ?? to.TeamsChannelId;
        to.Locale = from.Locale ?? to.Locale;
        to.UpdatedAt = updatedAt;
        return to;
    }
}

using System.Collections.Concurrent;
using Verkostot.Core.Conversations;

namespace Verkostot.Bot.Conversations;

/// <summary>
/// What this instance last wrote for each conversation. Almost every activity carries the same reference as the one
/// before, and a database write per message was the slowest part of answering: an unchanged reference is written
/// again only after <see cref="RefreshAfter"/>, so its UpdatedAt still shows the conversation is alive.
/// </summary>
public sealed class RecentlyStoredReferences(TimeProvider time)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, (ConversationReference Reference, DateTimeOffset StoredAt)> _stored = new();

    public bool IsUnchanged(ConversationReference reference) =>
        _stored.TryGetValue(reference.ConversationId, out var last)
        && time.GetUtcNow() - last.StoredAt < RefreshAfter
        && SameAs(last.Reference, reference);

    public void Remember(ConversationReference reference)
    {
        if (_stored.Count >= MaxEntries)
        {
            _stored.Clear();
        }
        _stored[reference.ConversationId] = (reference, time.GetUtcNow());
    }

    public void Forget(string conversationId) => _stored.TryRemove(conversationId, out _);

    private static bool SameAs(ConversationReference a, ConversationReference b) =>
        a.ServiceUrl == b.ServiceUrl && a.ConversationType == b.ConversationType && a.ChannelId == b.ChannelId
        && a.TenantId == b.TenantId && a.BotId == b.BotId && a.UserId == b.UserId && a.UserName == b.UserName
        && a.UserAadObjectId == b.UserAadObjectId && a.TeamId == b.TeamId && a.TeamsChannelId == b.TeamsChannelId
        && a.Locale == b.Locale;
}

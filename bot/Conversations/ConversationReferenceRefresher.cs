using Verkostot.Bot.Protocol;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Core.Conversations;

namespace Verkostot.Bot.Conversations;

/// <summary>
/// Keeps the stored conversation reference in step with what Teams last told us, because proactive messages
/// (reminders, announcements) can only reach conversations the bot has a current serviceUrl and id for. It is the
/// last step of every activity's way through the bot (see <see cref="Protocol.Routing.ActivityDispatcher"/>).
/// </summary>
public sealed partial class ConversationReferenceRefresher(
    IConversationReferenceStore store,
    RecentlyStoredReferences recent,
    ReferenceWriteQueue writes,
    TimeProvider time,
    ILogger<ConversationReferenceRefresher> logger)
{
    /// <summary>
    /// Refreshes, logging a failure instead of throwing: the reference is bookkeeping, and the conversation's next
    /// activity writes it again.
    /// </summary>
    public async Task TryRefreshAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRefreshFailed(activity.Conversation?.Id, ex);
        }
    }

    public async Task RefreshAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        if (IsUninstall(activity))
        {
            recent.Forget(conversationId);
            await writes.RunAsync(() => store.RemoveAsync(conversationId, cancellationToken), cancellationToken);
            return;
        }
        var reference = ToReference(activity, time.GetUtcNow());
        if (recent.IsUnchanged(reference))
        {
            return;
        }
        await writes.UpsertAsync(store, reference, cancellationToken);
        recent.Remember(reference);
    }

    private static bool IsUninstall(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate
        && activity.Action is { } action
        && action.StartsWith("remove", StringComparison.OrdinalIgnoreCase)
        && !action.EndsWith("upgrade", StringComparison.OrdinalIgnoreCase);

    public static ConversationReference ToReference(Activity activity, DateTimeOffset now)
    {
        var conversation = activity.Conversation!;
        // The bot itself is the sender of nothing inbound: "from" is the person, "recipient" the bot.
        var user = activity.From;
        return new ConversationReference
        {
            ConversationId = conversation.Id!,
            ConversationType = conversation.ConversationType ?? (conversation.IsGroup == true ? "groupChat" : "personal"),
            ServiceUrl = activity.ServiceUrl!,
            ChannelId = activity.ChannelId ?? Channels.MsTeams,
            TenantId = activity.ChannelData?.Tenant?.Id ?? conversation.TenantId,
            BotId = activity.Recipient?.Id,
            UserId = user?.Id,
            UserName = user?.Name,
            UserAadObjectId = user?.AadObjectId,
            TeamId = activity.ChannelData?.Team?.Id,
            TeamsChannelId = activity.ChannelData?.Channel?.Id,
            Locale = activity.Locale,
            UpdatedAt = now,
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the conversation reference of {ConversationId} failed")]
    private partial void LogRefreshFailed(string? conversationId, Exception exception);
}

using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Chat;

/// <summary>
/// Members or the bot added or removed, channels created or renamed. When the bot itself joins a chat or a team it
/// introduces itself once; other events only refresh the conversation reference (done before every handler).
/// </summary>
public sealed partial class ConversationUpdateHandler(
    TurnReplies replies,
    WelcomeMessage welcome,
    ILogger<ConversationUpdateHandler> logger) : IActivityHandler
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        LogEvent(activity.ChannelData?.EventType, activity.Conversation?.ConversationType);
        if (!BotWasAdded(activity))
        {
            return;
        }
        await replies.ReplyAsync(activity with { Id = null }, await welcome.ForAsync(activity, cancellationToken), cancellationToken);
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId
        && (activity.MembersAdded ?? []).Any(member => member.Id == botId);

    [LoggerMessage(Level = LogLevel.Information, Message = "conversationUpdate {EventType} in a {ConversationType} conversation")]
    private partial void LogEvent(string? eventType, string? conversationType);
}

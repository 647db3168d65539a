using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Conversations;

namespace Verkostot.Bot.Chat;

/// <summary>
/// Members or the bot added or removed, channels created or renamed. When the bot itself joins a chat or a team it
/// introduces itself once; other events only refresh the conversation reference (done before every handler).
/// </summary>
public sealed partial class ConversationUpdateHandler(
    TurnReplies replies,
    WelcomeMessage welcome,
    PersonalInstallations installations,
    ILogger<ConversationUpdateHandler> logger) : IActivityHandler
{
    /// <summary>Teams' event for an installation the bot just made itself comes within this; it gets no welcome.</summary>
    public static readonly TimeSpan ProactiveWelcomeWindow = TimeSpan.FromMinutes(10);

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        LogEvent(activity.ChannelData?.EventType, activity.Conversation?.ConversationType);
        if (!BotWasAdded(activity) || await InstalledItselfAsync(activity, cancellationToken))
        {
            return;
        }
        await replies.ReplyAsync(activity with { Id = null }, await welcome.ForAsync(activity, cancellationToken), cancellationToken);
    }

    // The person did not add the bot: it installed itself to bring them a message, which is welcome enough.
    private async Task<bool> InstalledItselfAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.Conversation?.ConversationType == "personal" && activity.From?.AadObjectId is { } person
        && await installations.InstalledByBotRecentlyAsync(person, ProactiveWelcomeWindow, cancellationToken);

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId
        && (activity.MembersAdded ?? []).Any(member => member.Id == botId);

    [LoggerMessage(Level = LogLevel.Information, Message = "conversationUpdate {EventType} in a {ConversationType} conversation")]
    private partial void LogEvent(string? eventType, string? conversationType);
}

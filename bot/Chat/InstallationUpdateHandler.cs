using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Conversations;

namespace Verkostot.Bot.Chat;

/// <summary>
/// The app installed or uninstalled. The reference is stored or forgotten before this runs; the welcome comes with
/// the conversationUpdate Teams sends alongside, so that it is said once. In a personal chat the person's own choice is
/// recorded: someone who removed the app is never given it back by proactive installation.
/// </summary>
public sealed partial class InstallationUpdateHandler(PersonalInstallations installations, ILogger<InstallationUpdateHandler> logger) : IActivityHandler
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        LogInstallation(activity.Action, activity.Conversation?.ConversationType, activity.ChannelData?.Tenant?.Id);
        if (activity.Conversation?.ConversationType != "personal" || activity.From?.AadObjectId is not { } person || activity.Action is not { } action
            || action.EndsWith("upgrade", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        {
            await installations.RemovedByUserAsync(person, cancellationToken);
        }
        else if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase) && !await installations.InstalledByBotRecentlyAsync(person, ConversationUpdateHandler.ProactiveWelcomeWindow, cancellationToken))
        {
            await installations.InstalledByUserAsync(person, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "App {Action} in a {ConversationType} conversation of tenant {TenantId}")]
    private partial void LogInstallation(string? action, string? conversationType, string? tenantId);
}

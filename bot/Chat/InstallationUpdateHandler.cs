using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Chat;

/// <summary>
/// The app installed or uninstalled. The reference is stored or forgotten before this runs; the welcome comes with
/// the conversationUpdate Teams sends alongside, so that it is said once.
/// </summary>
public sealed partial class InstallationUpdateHandler(ILogger<InstallationUpdateHandler> logger) : IActivityHandler
{
    public Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        LogInstallation(activity.Action, activity.Conversation?.ConversationType, activity.ChannelData?.Tenant?.Id);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "App {Action} in a {ConversationType} conversation of tenant {TenantId}")]
    private partial void LogInstallation(string? action, string? conversationType, string? tenantId);
}

using Microsoft.AspNetCore.Authorization;

namespace Verkostot.Bot.Authentication;

/// <summary>Why the Bot Connector policy refused an activity, for the log line.</summary>
internal sealed class BotAuthorizationFailure(IAuthorizationHandler handler, RejectionReason reason)
    : AuthorizationFailureReason(handler, reason.ToString())
{
    public RejectionReason Reason { get; } = reason;
}

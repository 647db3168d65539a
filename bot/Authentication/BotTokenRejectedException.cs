using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Bot.Authentication;

/// <summary>A token refused by one of our own checks around the library's validation, with the reason to log.</summary>
internal sealed class BotTokenRejectedException(RejectionReason reason)
    : SecurityTokenValidationException($"The Bot Connector token was rejected: {reason}.")
{
    public RejectionReason Reason { get; } = reason;
}

using Microsoft.Extensions.Logging;

namespace Verkostot.Bot.Authentication;

/// <summary>Operator-facing log lines of inbound authentication. None of them ever carries a token.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "Rejected an inbound Bot Framework request ({Status}, {Failure}): {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string failure, RejectionReason reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Fetched {KeyCount} Bot Framework signing keys")]
    public static partial void SigningKeysFetched(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error,
        Message = "Could not fetch the Bot Framework OpenID metadata or signing keys; keeping the keys already known")]
    public static partial void SigningKeyFetchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Developer mode: MicrosoftAppId is not set, so inbound requests are accepted WITHOUT authentication. Never run like this outside Development.")]
    public static partial void DeveloperMode(ILogger logger);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning,
        Message = "Refused an activity from tenant '{TenantId}', which is not allowed")]
    public static partial void TenantRefused(ILogger logger, string? tenantId);
}

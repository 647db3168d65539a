using Microsoft.Extensions.Logging;

namespace Verkostot.Bot.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Bot Connector call failed (status {Status}, exception {Exception}); retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, int? status, string? exception, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Bot Connector {Method} {Operation} failed: {Status} {ErrorCode}")]
    public static partial void CallFailed(ILogger logger, string method, string operation, int status, string? errorCode);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Bot Connector {Method} {Operation} got no answer")]
    public static partial void Unreachable(ILogger logger, string method, string operation, Exception exception);
}

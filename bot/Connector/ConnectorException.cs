using System.Net;

namespace Verkostot.Bot.Connector;

/// <summary>A Bot Connector call that failed for good (after any retries).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(ConnectorErrorKind kind, HttpStatusCode? statusCode, string? errorCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorErrorKind Kind { get; }

    /// <summary>Null when no HTTP answer came (<see cref="ConnectorErrorKind.Unavailable"/>).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The connector's own code, e.g. "ConversationNotFound" or "ConversationBlockedByUser", when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// The recipient is out of reach for good (gone, blocked the bot, app uninstalled): stop sending to it
    /// rather than retry later.
    /// </summary>
    public bool IsPermanent => Kind is ConnectorErrorKind.NotFound or ConnectorErrorKind.Forbidden;

    /// <summary>Worth trying again later (another job run), though this call already retried.</summary>
    public bool IsTransient => Kind is ConnectorErrorKind.Throttled or ConnectorErrorKind.ServerError or ConnectorErrorKind.Unavailable;

    public static ConnectorErrorKind KindOf(HttpStatusCode status) => (int)status switch
    {
        400 => ConnectorErrorKind.BadRequest,
        401 => ConnectorErrorKind.Unauthorized,
        403 => ConnectorErrorKind.Forbidden,
        404 => ConnectorErrorKind.NotFound,
        429 => ConnectorErrorKind.Throttled,
        412 or >= 500 => ConnectorErrorKind.ServerError,
        _ => ConnectorErrorKind.Other,
    };
}

namespace Verkostot.Bot.Connector;

/// <summary>Why a connector call failed, in the terms a caller decides on (give up, retry later, fix the request).</summary>
public enum ConnectorErrorKind
{
    /// <summary>400: the request is wrong; retrying the same request will not help.</summary>
    BadRequest,
    /// <summary>401: the bot's token was refused (credentials or app registration).</summary>
    Unauthorized,
    /// <summary>403: the bot may not post here: blocked by the user, uninstalled, or disabled by an admin.</summary>
    Forbidden,
    /// <summary>404: the conversation, activity or user no longer exists.</summary>
    NotFound,
    /// <summary>429 still after every retry.</summary>
    Throttled,
    /// <summary>5xx or 412 still after every retry.</summary>
    ServerError,
    /// <summary>No HTTP answer: connection failure or timeout, after every retry.</summary>
    Unavailable,
    /// <summary>Any other status.</summary>
    Other,
}

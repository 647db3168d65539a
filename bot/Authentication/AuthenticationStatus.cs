namespace Verkostot.Bot.Authentication;

public enum AuthenticationStatus
{
    Accepted,
    /// <summary>No usable, genuine token: answer 401.</summary>
    Unauthorized,
    /// <summary>A genuine Bot Connector token that does not vouch for this activity: answer 403.</summary>
    Forbidden,
}

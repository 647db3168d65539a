namespace Verkostot.Bot.Tests.Authentication;

public enum AuthenticationStatus
{
    /// <summary>200: the activity reached the endpoint.</summary>
    Accepted,
    /// <summary>401: no usable, genuine token.</summary>
    Unauthorized,
    /// <summary>403: a genuine Bot Connector token that does not vouch for this activity.</summary>
    Forbidden,
}

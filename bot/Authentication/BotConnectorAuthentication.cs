namespace Verkostot.Bot.Authentication;

/// <summary>The names under which the Bot Connector's token validation and authorization policy are registered.</summary>
public static class BotConnectorAuthentication
{
    /// <summary>The JWT bearer scheme that validates the Bot Connector's tokens.</summary>
    public const string Scheme = "BotConnector";

    /// <summary>The policy /api/messages requires: a genuine token for this activity's serviceUrl, from an allowed tenant.</summary>
    public const string Policy = "BotConnector";

    internal const string ServiceUrlClaim = "serviceurl";
    internal const string TenantClaim = "tid";
}

namespace Verkostot.Bot.Administration.SignIn;

/// <summary>
/// The web app's own authentication schemes, named so that they never collide with the bot's scheme for
/// /api/messages: pages only ever use these by name, never the default scheme.
/// </summary>
public static class AdministrationSchemes
{
    /// <summary>The session cookie every sign-in path ends in.</summary>
    public const string Cookie = "Hallinta";

    /// <summary>OpenID Connect sign-in in a browser (Microsoft.Identity.Web).</summary>
    public const string OpenIdConnect = "HallintaOpenIdConnect";

    /// <summary>Teams single sign-on: the tab's token from authentication.getAuthToken, validated as a web API token.</summary>
    public const string TeamsSso = "HallintaTeamsSso";

    /// <summary>Pages need a signed-in session; what the session may do is checked per request (AdministrationAccessFilter).</summary>
    public const string SignedInPolicy = "HallintaSignedIn";
}

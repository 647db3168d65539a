namespace Verkostot.Bot.Administration.SignIn;

/// <summary>The claims of the web app's session cookie; every sign-in path writes exactly these.</summary>
public static class AdministrationClaims
{
    public const string ObjectId = "oid";
    public const string TenantId = "tid";
    public const string Name = "name";
    public const string Role = "roles";

    /// <summary>Written only by the developer sign-in (Development only): the demo person chosen, by person id.</summary>
    public const string DemoPersonId = "verkostot:demo-person";

    /// <summary>How the session was signed in: teams, browser or developer.</summary>
    public const string Method = "verkostot:sign-in";
}

namespace Verkostot.Bot.Administration;

/// <summary>Who administers the coordinator web app (section <c>Hallinta</c>); sign-in itself is section <c>AzureAd</c>.</summary>
public sealed class AdministrationOptions
{
    public const string Section = "Hallinta";

    /// <summary>Entra object ids of administrators, who edit every network.</summary>
    public List<string> Administrators { get; set; } = [];

    /// <summary>The app role (in the token's <c>roles</c> claim) that makes a user an administrator.</summary>
    public string AdministratorRole { get; set; } = "Verkostot.Administrator";

    /// <summary>
    /// The host the bot is served from, e.g. <c>bot.example.fi</c>: Teams single sign-on tokens are issued for
    /// <c>api://{PublicHost}/{app id}</c>, the resource the manifest's webApplicationInfo declares. By default the host
    /// of <c>Verkostot:PublicBaseUrl</c>.
    /// </summary>
    public string? PublicHost { get; set; }

    public bool IsAdministrator(string? objectId) =>
        objectId is not null && Administrators.Contains(objectId, StringComparer.OrdinalIgnoreCase);
}

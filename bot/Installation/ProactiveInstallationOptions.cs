namespace Verkostot.Bot.Installation;

/// <summary>
/// Installing the app for a person before a 1:1 message when the bot has no chat with them (section
/// <c>ProactiveInstallation</c>). Off while <see cref="TeamsAppId"/> is empty. Needs the Graph application permission
/// TeamsAppInstallation.ReadWriteSelfForUser.All, which lets the app install only itself.
/// </summary>
public sealed class ProactiveInstallationOptions
{
    public const string Section = "ProactiveInstallation";

    /// <summary>The app's id in the organisation's Teams app catalog (<c>/appCatalogs/teamsApps/{id}</c>), not the manifest id.</summary>
    public string? TeamsAppId { get; set; }

    /// <summary>After Teams would not install the app for someone (a guest, a blocked app), not tried again for this long.</summary>
    public TimeSpan NotInstallableRetryAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>After Graph failed for a while (throttled, unavailable), not tried again for this long.</summary>
    public TimeSpan FailedRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The Bot Connector address for the tenant (e.g. <c>https://smba.trafficmanager.net/emea/</c>), used only when the
    /// bot has no conversation in the tenant yet to take it from.
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(TeamsAppId);
}

namespace Verkostot.Core.Conversations;

/// <summary>What the bot knows about the app being installed in one person's Teams.</summary>
public enum PersonalInstallationState
{
    /// <summary>The bot installed itself for the person (or found it installed) and has their 1:1 chat.</summary>
    InstalledByBot,
    /// <summary>The person installed the app themselves.</summary>
    InstalledByUser,
    /// <summary>The person removed the app: it is never installed again against their will (until they add it back).</summary>
    RemovedByUser,
    /// <summary>Teams would not install it for the person (a guest whose tenant does not allow it, a user gone, a blocked app): tried again after a while.</summary>
    NotInstallable,
    /// <summary>Graph failed for a while (throttled, unavailable): tried again from <see cref="PersonalInstallation.RetryAfter"/>.</summary>
    Failed,
}

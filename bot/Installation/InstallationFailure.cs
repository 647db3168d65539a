namespace Verkostot.Bot.Installation;

/// <summary>Why Graph did not install the app for a person, in the terms that decide what happens next.</summary>
public enum InstallationFailure
{
    /// <summary>Throttled or unavailable after the SDK's retries: the send is tried again later.</summary>
    Transient,
    /// <summary>Teams will not install it for this person (guest, user gone, app blocked): e-mail instead, try again in days.</summary>
    NotInstallable,
    /// <summary>The app lacks the permission or consent: an admin must act; the coordinators are told.</summary>
    AccessDenied,
}

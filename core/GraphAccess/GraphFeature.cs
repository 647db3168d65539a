namespace Verkostot.Core.GraphAccess;

/// <summary>The parts of the bot that act in Microsoft 365 through Graph, each with its own permission.</summary>
public enum GraphFeature
{
    /// <summary>Installing the app for a person (TeamsAppInstallation.ReadWriteSelfForUser.All).</summary>
    Installation,
    /// <summary>E-mail from the sending mailbox (Mail.Send).</summary>
    Email,
    /// <summary>Outlook meetings in the organizer mailbox (Calendars.ReadWrite).</summary>
    Calendar,
}

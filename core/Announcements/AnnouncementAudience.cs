namespace Verkostot.Core.Announcements;

/// <summary>Who an announcement goes to.</summary>
public enum AnnouncementAudience
{
    /// <summary>A new thread in the network's channel.</summary>
    Channel,
    /// <summary>The channel thread and a 1:1 message to every member of the network.</summary>
    ChannelAndMembers,
    /// <summary>1:1 to the members and deputies of the current presidium term.</summary>
    Presidium,
}

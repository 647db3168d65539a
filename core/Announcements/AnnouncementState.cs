namespace Verkostot.Core.Announcements;

/// <summary>Where an announcement is in its life: composed, waiting for its time, going out, or finished.</summary>
public enum AnnouncementState
{
    Draft,
    Scheduled,
    Sending,
    Sent,
    Cancelled,
    Stopped,
}

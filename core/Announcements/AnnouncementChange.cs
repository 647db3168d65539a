namespace Verkostot.Core.Announcements;

/// <summary>The result of asking to change an announcement's state: done, or why not.</summary>
public sealed record AnnouncementChange(bool Done, Announcement? Announcement, AnnouncementRefusal? Refusal = null)
{
    public static AnnouncementChange Of(Announcement announcement) => new(true, announcement);

    public static AnnouncementChange Refused(Announcement? announcement, AnnouncementRefusal refusal) => new(false, announcement, refusal);
}

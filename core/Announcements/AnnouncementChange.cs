namespace Verkostot.Core.Announcements;

/// <summary>The result of asking to change an announcement's state: done, or why not.</summary>
public sealed record AnnouncementChange(bool Done, Announcement? Announcement, string? Refusal = null)
{
    public static AnnouncementChange Of(Announcement announcement) => new(true, announcement);

    public static AnnouncementChange Refused(Announcement? announcement, string refusal) => new(false, announcement, refusal);
}

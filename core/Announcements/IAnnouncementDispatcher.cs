namespace Verkostot.Core.Announcements;

/// <summary>
/// Port: hands a confirmed announcement to the background jobs, at once or at its time. The database stays the
/// truth: a sweep also starts due announcements, so a lost queue entry only delays one.
/// </summary>
public interface IAnnouncementDispatcher
{
    void Dispatch(Announcement announcement);

    /// <summary>Wakes the sender of an announcement that is sending (e.g. after a restart).</summary>
    void Resume(Guid announcementId);
}

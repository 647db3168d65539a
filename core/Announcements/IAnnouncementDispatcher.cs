namespace Verkostot.Core.Announcements;

/// <summary>
/// Port: hands announcements to the background jobs. The database stays the truth: the sweep also starts due
/// announcements and resumes unfinished ones, so a lost queue entry only delays one.
/// </summary>
public interface IAnnouncementDispatcher
{
    /// <summary>A confirmed announcement: started and sent at its time, or now when that has come.</summary>
    void Dispatch(Announcement announcement);

    /// <summary>Starts and sends a due announcement now.</summary>
    void Start(Guid announcementId);

    /// <summary>Wakes the sender of an announcement that is sending (e.g. after a restart).</summary>
    void Resume(Guid announcementId);
}

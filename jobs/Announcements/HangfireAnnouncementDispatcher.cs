using Hangfire;
using Verkostot.Core.Announcements;

namespace Verkostot.Jobs.Announcements;

/// <summary>Queues announcement work as Hangfire jobs: a confirmed one now or at its time, a stalled one at once.</summary>
public sealed class HangfireAnnouncementDispatcher(IBackgroundJobClient jobs, TimeProvider time) : IAnnouncementDispatcher
{
    public void Dispatch(Announcement announcement)
    {
        var id = announcement.Id;
        if (announcement.ScheduledFor is { } at && at > time.GetUtcNow())
        {
            jobs.Schedule<AnnouncementStartJob>(j => j.RunAsync(id, CancellationToken.None), at);
        }
        else
        {
            Start(id);
        }
    }

    public void Start(Guid announcementId) =>
        jobs.Enqueue<AnnouncementStartJob>(j => j.RunAsync(announcementId, CancellationToken.None));

    public void Resume(Guid announcementId) =>
        jobs.Enqueue<AnnouncementSendJob>(j => j.RunAsync(announcementId, CancellationToken.None));
}

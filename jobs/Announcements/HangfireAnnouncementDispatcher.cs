using Hangfire;
using Verkostot.Core.Announcements;

namespace Verkostot.Jobs.Announcements;

/// <summary>Queues a confirmed announcement: now, or at its time.</summary>
public sealed class HangfireAnnouncementDispatcher(IBackgroundJobClient jobs, TimeProvider time) : IAnnouncementDispatcher
{
    public void Dispatch(Announcement announcement)
    {
        var id = announcement.Id;
        if (announcement.ScheduledFor is { } at && at > time.GetUtcNow())
        {
            jobs.Schedule<AnnouncementJobs>(j => j.StartAsync(id, CancellationToken.None), at);
        }
        else
        {
            jobs.Enqueue<AnnouncementJobs>(j => j.StartAsync(id, CancellationToken.None));
        }
    }

    public void Resume(Guid announcementId) =>
        jobs.Enqueue<AnnouncementJobs>(j => j.SendAsync(announcementId, CancellationToken.None));
}

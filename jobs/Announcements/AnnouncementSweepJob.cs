using Hangfire;
using Verkostot.Core.Announcements;

namespace Verkostot.Jobs.Announcements;

/// <summary>
/// Every minute: starts due announcements and resumes unfinished ones, so nothing depends on a queue entry
/// surviving a restart (Hangfire's in-memory storage does not).
/// </summary>
public sealed class AnnouncementSweepJob(AnnouncementSweep sweep)
{
    public const string Id = "announcements-sweep";
    public const string Cron = "* * * * *";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 10)]
    public Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}

using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Verkostot.Jobs.Announcements;

/// <summary>Puts the announcement sweep on Hangfire's schedule at start-up (stable id, so idempotent).</summary>
public sealed class AnnouncementSweepRegistration(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<AnnouncementJobs>(AnnouncementJobs.SweepJobId, j => j.SweepAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

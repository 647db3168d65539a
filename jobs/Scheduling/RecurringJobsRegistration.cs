using Hangfire;
using Microsoft.Extensions.Hosting;
using Verkostot.Core.Time;
using Verkostot.Jobs.Digest;
using Verkostot.Jobs.Reminders;
using Verkostot.Jobs.Roster;

namespace Verkostot.Jobs.Scheduling;

/// <summary>
/// Puts the recurring jobs on Hangfire's schedule at start-up. Stable ids make this idempotent: every instance and
/// every restart updates the same entries instead of adding new ones.
/// </summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
{
    private static readonly RecurringJobOptions InHelsinki = new() { TimeZone = HelsinkiTime.Zone };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ReminderSweepJob>(ReminderSweepJob.Id, job => job.RunAsync(CancellationToken.None), ReminderSweepJob.Cron, InHelsinki);
        jobs.AddOrUpdate<MonthlyDigestJob>(MonthlyDigestJob.Id, job => job.RunAsync(CancellationToken.None), MonthlyDigestJob.Cron, InHelsinki);
        jobs.AddOrUpdate<RosterSyncJob>(RosterSyncJob.RecurringId, job => job.RunAllAsync(CancellationToken.None), RosterSyncJob.NightlyCron, InHelsinki);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

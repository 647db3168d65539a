using Hangfire;
using Microsoft.Extensions.Hosting;
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
        // Each job adds its line here: jobs.AddOrUpdate<TJob>("stable-id", job => job.RunAsync(CancellationToken.None), cron, InHelsinki);
        jobs.AddOrUpdate<Reminders.ReminderSweepJob>(Reminders.ReminderSweepJob.Id, job => job.RunAsync(CancellationToken.None), Reminders.ReminderSweepJob.Cron, InHelsinki);
        jobs.AddOrUpdate<Digest.MonthlyDigestJob>(Digest.MonthlyDigestJob.Id, job => job.RunAsync(CancellationToken.None), Digest.MonthlyDigestJob.Cron, InHelsinki);
        jobs.AddOrUpdate<RosterSyncJob>(RosterSyncJob.RecurringId, job => job.RunAllAsync(CancellationToken.None), RosterSyncJob.NightlyCron, InHelsinki);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Hangfire;
using Microsoft.Extensions.Hosting;
using Verkostot.Core.Time;
using Verkostot.Jobs.Announcements;
using Verkostot.Jobs.Digest;
using Verkostot.Jobs.Meetings;
using Verkostot.Jobs.Privacy;
using Verkostot.Jobs.Questions;
using Verkostot.Jobs.Reminders;
using Verkostot.Jobs.Roster;

namespace Verkostot.Jobs;

/// <summary>
/// Puts every recurring job on Hangfire's schedule at start-up, in Helsinki time. Stable ids make this idempotent:
/// every instance and every restart updates the same entries instead of adding new ones.
/// </summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
{
    private static readonly RecurringJobOptions InHelsinki = new() { TimeZone = HelsinkiTime.Zone };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ReminderSweepJob>(ReminderSweepJob.Id, job => job.RunAsync(CancellationToken.None), ReminderSweepJob.Cron, InHelsinki);
        jobs.AddOrUpdate<MonthlyDigestJob>(MonthlyDigestJob.Id, job => job.RunAsync(CancellationToken.None), MonthlyDigestJob.Cron, InHelsinki);
        jobs.AddOrUpdate<RosterSyncJob>(RosterSyncJob.Id, job => job.RunAllAsync(CancellationToken.None), RosterSyncJob.Cron, InHelsinki);
        jobs.AddOrUpdate<OutlookMeetingSyncJob>(OutlookMeetingSyncJob.Id, job => job.RunAsync(CancellationToken.None), OutlookMeetingSyncJob.Cron, InHelsinki);
        jobs.AddOrUpdate<AnnouncementSweepJob>(AnnouncementSweepJob.Id, job => job.RunAsync(CancellationToken.None), AnnouncementSweepJob.Cron, InHelsinki);
        jobs.AddOrUpdate<RetentionJob>(RetentionJob.Id, job => job.RunAsync(CancellationToken.None), RetentionJob.Cron, InHelsinki);
        jobs.AddOrUpdate<UnansweredQuestionsJob>(UnansweredQuestionsJob.Id, job => job.RunAsync(CancellationToken.None), UnansweredQuestionsJob.Cron, InHelsinki);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

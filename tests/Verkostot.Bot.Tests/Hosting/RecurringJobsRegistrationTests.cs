using Hangfire;
using Hangfire.Common;
using Verkostot.Jobs;
using Verkostot.Jobs.Announcements;
using Verkostot.Jobs.Digest;
using Verkostot.Jobs.Meetings;
using Verkostot.Jobs.Privacy;
using Verkostot.Jobs.Questions;
using Verkostot.Jobs.Reminders;
using Verkostot.Jobs.Roster;

namespace Verkostot.Bot.Tests.Hosting;

public sealed class RecurringJobsRegistrationTests
{
    [Fact]
    public async Task StartAsync_EveryRecurringJob_UnderItsStableIdInHelsinkiTime()
    {
        var manager = new RecordingJobManager();

        await new RecurringJobsRegistration(manager).StartAsync(CancellationToken.None);

        Assert.Equal(
            [
                ("announcements-sweep", typeof(AnnouncementSweepJob), "* * * * *"),
                ("monthly-digest", typeof(MonthlyDigestJob), "0 8 * * 1-5"),
                ("outlook-meetings", typeof(OutlookMeetingSyncJob), "*/5 * * * *"),
                ("privacy-retention", typeof(RetentionJob), "30 3 * * *"),
                ("reminder-sweep", typeof(ReminderSweepJob), "*/5 * * * *"),
                ("roster-sync-nightly", typeof(RosterSyncJob), "0 2 * * *"),
                ("unanswered-questions", typeof(UnansweredQuestionsJob), "0 8 * * *"),
            ],
            manager.Added.Select(a => (a.Id, a.Job.Type, a.Cron)).OrderBy(a => a.Id));
        Assert.All(manager.Added, a => Assert.Equal("Europe/Helsinki", a.Options.TimeZone.Id));
    }

    [Fact]
    public async Task StartAsync_EveryInstanceAndRestart_UpdatesTheSameEntries()
    {
        var manager = new RecordingJobManager();

        await new RecurringJobsRegistration(manager).StartAsync(CancellationToken.None);
        await new RecurringJobsRegistration(manager).StartAsync(CancellationToken.None);

        Assert.Equal(7, manager.Added.Select(a => a.Id).Distinct().Count());
        Assert.Equal(14, manager.Added.Count);
    }

    private sealed class RecordingJobManager : IRecurringJobManager
    {
        public List<(string Id, Job Job, string Cron, RecurringJobOptions Options)> Added { get; } = [];

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) =>
            Added.Add((recurringJobId, job, cronExpression, options));

        public void Trigger(string recurringJobId) => throw new NotSupportedException();

        public void RemoveIfExists(string recurringJobId) => throw new NotSupportedException();
    }
}

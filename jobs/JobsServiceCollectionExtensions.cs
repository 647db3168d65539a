using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Announcements;
using Verkostot.Jobs.Announcements;
using Verkostot.Jobs.Digest;
using Verkostot.Jobs.Meetings;
using Verkostot.Jobs.Privacy;
using Verkostot.Jobs.Questions;
using Verkostot.Jobs.Reminders;
using Verkostot.Jobs.Roster;

namespace Verkostot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// The Hangfire entry points, the recurring schedule and the announcement dispatcher. The host provides Hangfire
    /// itself and registers the core use cases the jobs call (reminders, the digest, roster sync, announcements, unanswered questions, retention).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddHostedService<RecurringJobsRegistration>();
        services.AddScoped<ReminderSweepJob>();
        services.AddScoped<OutlookMeetingSyncJob>();
        services.AddScoped<MonthlyDigestJob>();
        services.AddScoped<RosterSyncJob>();
        services.AddScoped<AnnouncementStartJob>();
        services.AddScoped<AnnouncementSendJob>();
        services.AddScoped<AnnouncementSweepJob>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<UnansweredQuestionsJob>();
        services.TryAddSingleton<IAnnouncementDispatcher, HangfireAnnouncementDispatcher>();
        return services;
    }
}

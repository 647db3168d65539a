using Microsoft.Extensions.DependencyInjection;
using Verkostot.Jobs.Roster;
using Verkostot.Jobs.Scheduling;

namespace Verkostot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Registers the job classes and their recurring schedule; the host provides Hangfire itself.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddHostedService<RecurringJobsRegistration>();
        services.AddScoped<Reminders.ReminderSweepJob>().AddScoped<Digest.MonthlyDigestJob>();
        services.AddScoped<RosterSyncJob>();
        Announcements.AnnouncementJobsServiceCollectionExtensions.AddAnnouncementJobs(services);
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Verkostot.Jobs.Announcements;
using Verkostot.Jobs.Digest;
using Verkostot.Jobs.Reminders;
using Verkostot.Jobs.Roster;
using Verkostot.Jobs.Scheduling;

namespace Verkostot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Registers the job classes and their recurring schedule; the host provides Hangfire itself.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddHostedService<RecurringJobsRegistration>();
        services.AddScoped<ReminderSweepJob>();
        services.AddScoped<MonthlyDigestJob>();
        services.AddScoped<RosterSyncJob>();
        services.AddAnnouncementJobs();
        return services;
    }
}

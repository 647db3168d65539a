using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Announcements;
using Verkostot.Core.Outbox;

namespace Verkostot.Jobs.Announcements;

public static class AnnouncementJobsServiceCollectionExtensions
{
    /// <summary>
    /// The announcement store, ledger and fan-out (options from section "Announcements"). Without Hangfire (tests,
    /// the bench) call <see cref="AddAnnouncementFanOut"/> alone and run <see cref="AnnouncementSender"/> directly.
    /// </summary>
    public static IServiceCollection AddAnnouncementJobs(this IServiceCollection services)
    {
        services.AddAnnouncementFanOut();
        services.TryAddScoped<AnnouncementJobs>();
        services.TryAddSingleton<IAnnouncementDispatcher, HangfireAnnouncementDispatcher>();
        services.AddHostedService<AnnouncementSweepRegistration>();
        return services;
    }

    public static IServiceCollection AddAnnouncementFanOut(this IServiceCollection services)
    {
        services.AddOptions<AnnouncementOptions>().BindConfiguration(AnnouncementOptions.SectionName)
            .Validate(o => o.IsValid(), "Announcements: sizes and delays must be positive and within bounds.")
            .ValidateOnStart();
        services.AddOutbox();
        services.TryAddSingleton<AnnouncementStore>();
        services.TryAddSingleton<DeliveryLedger>();
        services.TryAddScoped<AnnouncementStarter>();
        services.TryAddScoped<AnnouncementSender>();
        return services;
    }
}

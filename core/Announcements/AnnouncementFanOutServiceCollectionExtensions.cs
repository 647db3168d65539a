using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Email;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Announcements;

public static class AnnouncementFanOutServiceCollectionExtensions
{
    /// <summary>
    /// The announcement store, its outbox rows and the fan-out (options from section "Announcements"). The sweep
    /// needs an <see cref="IAnnouncementDispatcher"/>; without one (tests, the bench) run <see cref="AnnouncementStarter"/>
    /// and <see cref="AnnouncementSender"/> directly.
    /// </summary>
    public static IServiceCollection AddAnnouncementFanOut(this IServiceCollection services)
    {
        services.AddOptions<AnnouncementOptions>().BindConfiguration(AnnouncementOptions.SectionName)
            .Validate(o => o.IsValid(), "Announcements: sizes and delays must be positive and within bounds.")
            .ValidateOnStart();
        services.AddOutbox();
        services.AddEmailFallback();
        services.TryAddSingleton<AnnouncementStore>();
        services.TryAddSingleton<DeliveryLedger>();
        services.TryAddScoped<AnnouncementStarter>();
        services.TryAddScoped<AnnouncementSender>();
        services.TryAddScoped<AnnouncementSweep>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.GraphAccess;

namespace Verkostot.Core.Meetings.Outlook;

public static class OutlookMeetingsServiceCollectionExtensions
{
    /// <summary>The Outlook meetings sync (idempotent). Off until the host registers its own <see cref="IOutlookCalendar"/> (the last registration wins).</summary>
    public static IServiceCollection AddOutlookMeetingSync(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOutlookCalendar, DisabledOutlookCalendar>();
        services.TryAddScoped<OutlookMeetingSync>();
        services.AddGraphAccess();
        return services;
    }
}

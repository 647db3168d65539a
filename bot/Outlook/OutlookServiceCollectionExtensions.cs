using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Graph;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Meetings.Outlook;

namespace Verkostot.Bot.Outlook;

public static class OutlookServiceCollectionExtensions
{
    /// <summary>
    /// Meetings as Outlook meetings from the organizer mailbox (section <c>OutlookMeetings</c>; off while its
    /// OrganizerMailbox is empty), through the shared Graph client. The sync runs as a recurring job (AddJobs).
    /// </summary>
    public static IServiceCollection AddOutlookMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutlookMeetingsOptions>().Bind(configuration.GetSection(OutlookMeetingsOptions.Section))
            .Validate(o => !o.IsEnabled || System.Net.Mail.MailAddress.TryCreate(o.OrganizerMailbox, out _),
                "OutlookMeetings:OrganizerMailbox must be an e-mail address (or empty to keep Outlook meetings off).")
            .ValidateOnStart();
        services.AddGraph(configuration);
        services.AddOutlookMeetingSync();
        services.Replace(ServiceDescriptor.Singleton<IOutlookCalendar, GraphOutlookCalendar>());
        services.AddSingleton<INoticeCardRenderer, OutlookMeetingDeletedCardRenderer>();
        return services;
    }
}

using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Digest;
using Verkostot.Bot.Email;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminders before meetings with RSVP, and the monthly digest (section <c>Reminders</c>): core's use cases and
    /// their cards, card actions and chat command, and their e-mails for those Teams cannot reach. The jobs themselves are
    /// scheduled by AddJobs; map the e-mails' answer links with <see cref="RsvpLinkEndpoint.MapRsvpLinks"/>.
    /// </summary>
    public static IServiceCollection AddMeetingReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReminders(configuration);

        services.AddSingleton<INoticeCardRenderer, MeetingReminderCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, DeputyInvitationCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MeetingMovedCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MeetingCancelledCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, UndeliveredRemindersCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MonthlyDigestCardRenderer>();

        services.AddEmail(configuration);
        services.AddSingleton<IEmailRenderer, MeetingReminderEmailRenderer>();
        services.AddSingleton<IEmailRenderer, DeputyInvitationEmailRenderer>();
        services.AddSingleton<IEmailRenderer, MeetingMovedEmailRenderer>();
        services.AddSingleton<IEmailRenderer, MeetingCancelledEmailRenderer>();
        services.AddSingleton<IEmailRenderer, UndeliveredRemindersEmailRenderer>();

        return services;
    }
}

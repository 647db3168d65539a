using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Links;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Teams;
using Verkostot.Bot.Teams.CardActions;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// Meetings kept by coordinators, reminders with RSVP, the monthly digest and .ics links (sections
    /// <c>Meetings</c> and <c>Reminders</c>; the links' address and key are <c>Verkostot</c>'s). The jobs themselves are scheduled by AddJobs; map the .ics endpoint
    /// with <see cref="MeetingCalendarEndpoint.MapMeetingCalendar"/>.
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReminders(configuration);
        services.AddOptions<MeetingsOptions>().Bind(configuration.GetSection(MeetingsOptions.Section))
            .Validate(o => o.CalendarLinkLifetime > TimeSpan.Zero, "Meetings:CalendarLinkLifetime must be a positive time span, e.g. 60.00:00:00 (60 days).")
            .ValidateOnStart();
        services.TryAddSingleton<SignedLinks>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<MeetingCardParts>();

        services.AddSingleton<INoticeCardRenderer, MeetingReminderCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, DeputyInvitationCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MeetingMovedCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MeetingCancelledCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, UndeliveredRemindersCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MonthlyDigestCardRenderer>();

        services.AddScoped<IChatCommand, AddMeetingCommand>();
        services.AddScoped<IChatCommand, MoveMeetingCommand>();
        services.AddScoped<IChatCommand, EditMeetingCommand>();
        services.AddScoped<IChatCommand, CancelMeetingCommand>();
        services.AddScoped<IChatCommand, AttendanceCommand>();
        services.AddScoped<ICardAction, SaveMeetingAction>();
        services.AddScoped<ICardAction, MoveMeetingAction>();
        services.AddScoped<ICardAction, OpenMeetingEditAction>();
        services.AddScoped<ICardAction, EditMeetingAction>();
        services.AddScoped<ICardAction, CancelMeetingAction>();
        services.AddScoped<ICardAction, RsvpAttendAction>();
        services.AddScoped<ICardAction, RsvpDeclineAction>();
        return services;
    }
}

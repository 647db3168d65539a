using Microsoft.Extensions.Options;
using Verkostot.Bot.Email;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Teams;
using Verkostot.Bot.Teams.CardActions;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// Meetings kept by coordinators, reminders with RSVP, the monthly digest and .ics links (sections
    /// <c>Meetings</c> and <c>Reminders</c>), their e-mails for those Teams cannot reach. The jobs themselves are
    /// scheduled by AddJobs; map the .ics endpoint with <see cref="MeetingCalendarEndpoint.MapMeetingCalendar"/> and the
    /// e-mails' answer links with <see cref="RsvpLinkEndpoint.MapRsvpLinks"/>.
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReminders(configuration);
        services.AddOptions<MeetingsOptions>().Bind(configuration.GetSection(MeetingsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<MeetingsOptions>, DevelopmentCalendarKey>();
        services.AddSingleton<IValidateOptions<MeetingsOptions>, MeetingsOptionsValidator>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<MeetingCardParts>();

        services.AddSingleton<INoticeCardRenderer, MeetingReminderCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, DeputyInvitationCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MeetingMovedCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MeetingCancelledCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, UndeliveredRemindersCardRenderer>();
        services.AddSingleton<INoticeCardRenderer, MonthlyDigestCardRenderer>();

        services.AddEmail(configuration);
        services.AddSingleton<MeetingEmailParts>();
        services.AddSingleton<IEmailRenderer, MeetingReminderEmailRenderer>();
        services.AddSingleton<IEmailRenderer, DeputyInvitationEmailRenderer>();
        services.AddSingleton<IEmailRenderer, MeetingMovedEmailRenderer>();
        services.AddSingleton<IEmailRenderer, MeetingCancelledEmailRenderer>();
        services.AddSingleton<IEmailRenderer, UndeliveredRemindersEmailRenderer>();

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

    /// <summary>In Development an empty key falls back to a fixed one, so the bot runs out of the box.</summary>
    private sealed class DevelopmentCalendarKey(IHostEnvironment environment) : IPostConfigureOptions<MeetingsOptions>
    {
        public void PostConfigure(string? name, MeetingsOptions options)
        {
            if (string.IsNullOrEmpty(options.CalendarLinkKey) && environment.IsDevelopment())
            {
                options.CalendarLinkKey = MeetingsOptions.DevelopmentCalendarLinkKey;
            }
        }
    }

    private sealed class MeetingsOptionsValidator : IValidateOptions<MeetingsOptions>
    {
        public ValidateOptionsResult Validate(string? name, MeetingsOptions options) =>
            options.CalendarLinkKey.Length < 32
                ? ValidateOptionsResult.Fail("Meetings:CalendarLinkKey must be set (at least 32 characters) outside Development; it signs the .ics links.")
                : options.CalendarLinkLifetime <= TimeSpan.Zero
                    ? ValidateOptionsResult.Fail("Meetings:CalendarLinkLifetime must be positive.")
                    : ValidateOptionsResult.Success;
    }
}

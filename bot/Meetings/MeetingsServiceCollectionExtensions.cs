using Microsoft.Extensions.Options;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Messaging;

namespace Verkostot.Bot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// Meetings kept by coordinators in chat, and .ics links (section <c>Meetings</c>). Map the .ics endpoint with
    /// <see cref="MeetingCalendarEndpoint.MapMeetingCalendar"/>.
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeetingsOptions>().Bind(configuration.GetSection(MeetingsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<MeetingsOptions>, DevelopmentCalendarKey>();
        services.AddSingleton<IValidateOptions<MeetingsOptions>, MeetingsOptionsValidator>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<MeetingCardParts>();
        services.AddSingleton<MeetingEmailParts>();

        services.AddScoped<IChatCommand, AddMeetingCommand>();
        services.AddScoped<IChatCommand, MoveMeetingCommand>();
        services.AddScoped<IChatCommand, EditMeetingCommand>();
        services.AddScoped<IChatCommand, CancelMeetingCommand>();
        services.AddScoped<ICardAction, SaveMeetingAction>();
        services.AddScoped<ICardAction, MoveMeetingAction>();
        services.AddScoped<ICardAction, OpenMeetingEditAction>();
        services.AddScoped<ICardAction, EditMeetingAction>();
        services.AddScoped<ICardAction, CancelMeetingAction>();
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

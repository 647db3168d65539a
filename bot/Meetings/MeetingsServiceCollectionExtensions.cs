using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Links;
using Verkostot.Bot.Messaging;

namespace Verkostot.Bot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// Meetings kept by coordinators in chat, and .ics links (section <c>Meetings</c>; the links' address and key are
    /// <c>Verkostot</c>'s). Map the .ics endpoint with <see cref="MeetingCalendarEndpoint.MapMeetingCalendar"/>.
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeetingsOptions>().Bind(configuration.GetSection(MeetingsOptions.Section))
            .Validate(o => o.CalendarLinkLifetime > TimeSpan.Zero, "Meetings:CalendarLinkLifetime must be a positive time span, e.g. 60.00:00:00 (60 days).")
            .ValidateOnStart();
        services.TryAddSingleton<SignedLinks>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<MeetingCardParts>();
        services.AddSingleton<MeetingEmailParts>();

        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Email;
using Verkostot.Bot.Links;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    /// <summary>
    /// Coordinator announcements in chat: the "tiedote"/"tiedotteet" commands, the card actions, the notice cards and
    /// the signed CSV links (section "Announcements:Reports"; their address and key are "Verkostot"'s), over core's
    /// store and fan-out (<see cref="AnnouncementFanOutServiceCollectionExtensions.AddAnnouncementFanOut"/>, section
    /// "Announcements"). Its Hangfire jobs come with AddJobs.
    /// </summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportLinkOptions>().Bind(configuration.GetSection(ReportLinkOptions.SectionName))
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Announcements:Reports:LinkLifetime must be a positive time span, e.g. 7.00:00:00 (7 days).")
            .ValidateOnStart();
        services.AddAnnouncementFanOut();
        services.AddEmail(configuration);
        services.TryAddSingleton<SignedLinks>();
        services.AddSingleton<ReportLinks>();
        services.AddSingleton<ReportCard>();
        services.AddSingleton<INoticeCardRenderer, AnnouncementNoticeRenderer>();
        services.AddSingleton<IEmailRenderer, AnnouncementEmailRenderer>();
        services.AddSingleton<INoticeCardRenderer, AnnouncementReportNoticeRenderer>();
        services.AddScoped<AnnouncementAccess>();
        services.AddScoped<AnnouncementReportView>();
        return services;
    }
}

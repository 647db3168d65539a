using Verkostot.Bot.Messaging;
using Verkostot.Bot.Teams;
using Verkostot.Bot.Teams.CardActions;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    /// <summary>
    /// Coordinator announcements in chat: the "tiedote"/"tiedotteet" commands, the card actions, the notice cards and
    /// the signed CSV links (section "Announcements:Reports"), over core's store and fan-out
    /// (<see cref="AnnouncementFanOutServiceCollectionExtensions.AddAnnouncementFanOut"/>, section "Announcements").
    /// Its Hangfire jobs come with AddJobs.
    /// </summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportLinkOptions>().Bind(configuration.GetSection(ReportLinkOptions.SectionName))
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"),
                "Announcements:Reports:PublicBaseUrl must be an absolute http(s) address.")
            .Validate(o => string.IsNullOrEmpty(o.SigningKey) || o.SigningKey.Length >= 32,
                "Announcements:Reports:SigningKey must be at least 32 characters.")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Announcements:Reports:LinkLifetime must be positive.")
            .ValidateOnStart();
        services.AddAnnouncementFanOut();
        services.AddSingleton<ReportLinks>();
        services.AddSingleton<ReportCard>();
        services.AddSingleton<INoticeCardRenderer, AnnouncementNoticeRenderer>();
        services.AddSingleton<INoticeCardRenderer, AnnouncementReportNoticeRenderer>();
        services.AddScoped<AnnouncementAccess>();
        services.AddScoped<AnnouncementReportView>();
        services.AddScoped<IChatCommand, AnnouncementCommand>();
        services.AddScoped<IChatCommand, AnnouncementListCommand>();
        services.AddScoped<ICardAction, PreviewAnnouncementAction>();
        services.AddScoped<ICardAction, EditAnnouncementAction>();
        services.AddScoped<ICardAction, SendAnnouncementAction>();
        services.AddScoped<ICardAction, CancelAnnouncementAction>();
        services.AddScoped<ICardAction, StopAnnouncementAction>();
        services.AddScoped<ICardAction, ShowReportAction>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Digest;
using Verkostot.Core.Email;
using Verkostot.Core.Meetings;
using Verkostot.Core.Meetings.Outlook;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>Reminders through the outbox, their sweep, RSVP and the monthly digest (section <c>Reminders</c>). Needs an <c>IMessenger</c>.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.ClaimLease > TimeSpan.FromMinutes(1), "Reminders:ClaimLease must be over a minute.")
            .Validate(o => o.BatchSize > 0 && o.MaxAttempts > 0 && o.SettleBatchSize > 0, "Reminders:BatchSize, SettleBatchSize and MaxAttempts must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOutbox();
        services.AddEmailFallback();
        services.AddOutlookMeetingSync();
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<UndeliveredReportPlanner>();
        services.AddScoped<RecipientLanguage>();
        services.AddScoped<ReminderDelivery>();
        services.AddScoped<ReminderSweep>();
        services.AddScoped<RsvpService>();
        services.AddScoped<AttendanceQuery>();
        services.AddSingleton<Questions.IAskerAttendance, AskerAttendance>();
        services.AddScoped<MeetingEditor>();
        services.AddScoped<MonthlyDigest>();
        return services;
    }
}

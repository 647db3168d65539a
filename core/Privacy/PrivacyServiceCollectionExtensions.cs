using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostot.Core.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>The retention sweep (section <c>Retention</c>) and a person's data export and erasure. Needs AddCoreStorage.</summary>
    public static IServiceCollection AddCorePrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(o => o.DeliveryMonths is >= 1 and <= 1200, "Retention:DeliveryMonths: months to keep delivery rows, 1 to 1200 (default 24).")
            .Validate(o => o.AnswerMonths is >= 1 and <= 1200, "Retention:AnswerMonths: months to keep answers to invitations, 1 to 1200 (default 24).")
            .Validate(o => o.FormerMemberDays is >= 1 and <= 36500, "Retention:FormerMemberDays: days to keep former members' chats, 1 to 36500 (default 90).")
            .Validate(o => o.ChangeLogMonths is >= 1 and <= 1200, "Retention:ChangeLogMonths: months to keep the change log, 1 to 1200 (default 24).")
            .Validate(o => o.InboxDays is >= 1 and <= 3650, "Retention:InboxDays: days to keep unhandled received activities, 1 to 3650 (default 1).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RetentionSweep>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonalDataErasure>();
        return services;
    }
}

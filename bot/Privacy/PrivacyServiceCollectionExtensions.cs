using Verkostot.Core.Privacy;

namespace Verkostot.Bot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Personal data kept only as long as needed (section <c>Retention</c>): core's retention sweep, which AddJobs
    /// schedules nightly. A person's data is exported and erased with the <c>export-person</c> and <c>erase-person</c> commands.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCorePrivacy(configuration);
}

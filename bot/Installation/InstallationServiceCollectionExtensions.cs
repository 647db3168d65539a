using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Graph;
using Verkostot.Core.Conversations;

namespace Verkostot.Bot.Installation;

public static class InstallationServiceCollectionExtensions
{
    /// <summary>
    /// Proactive installation (section <c>ProactiveInstallation</c>; off while its TeamsAppId is empty): the bot's
    /// messenger installs the app for someone it has no chat with before a 1:1 message, through the shared Graph client.
    /// </summary>
    public static IServiceCollection AddProactiveInstallation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProactiveInstallationOptions>().Bind(configuration.GetSection(ProactiveInstallationOptions.Section))
            .Validate(o => o.TeamsAppId is null or "" || Guid.TryParse(o.TeamsAppId, out _), "ProactiveInstallation:TeamsAppId must be the app catalog id (a GUID), or empty to keep installation off.")
            .Validate(o => o.NotInstallableRetryAfter > TimeSpan.Zero && o.FailedRetryAfter >= TimeSpan.Zero, "ProactiveInstallation: retry times must be positive.")
            .Validate(o => o.ServiceUrl is null || (o.ServiceUrl.IsAbsoluteUri && o.ServiceUrl.Scheme is "https" or "http"), "ProactiveInstallation:ServiceUrl must be an absolute http(s) address.")
            .ValidateOnStart();
        services.AddGraph(configuration);
        services.AddSingleton<GraphAppInstaller>();
        services.TryAddSingleton<PersonalInstallations>();
        services.AddScoped<ProactiveInstaller>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers <see cref="IBotRequestAuthenticator"/>, the start-up checks of <see cref="BotOptions"/> (bound by
    /// <see cref="ConfigurationServiceCollectionExtensions.AddBotConfiguration"/>) and binds
    /// <see cref="BotAuthenticationOptions"/> from the <c>BotAuthentication</c> section, validated at start-up.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>>(
            new BotOptionsAuthenticationValidator(environment)));

        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .Validate(o => o.ClockSkew >= TimeSpan.Zero && o.ClockSkew <= TimeSpan.FromMinutes(10),
                "BotAuthentication:ClockSkew must be between 0 and 10 minutes.")
            .Validate(o => o.MinimumKeyRefreshInterval >= TimeSpan.Zero,
                "BotAuthentication:MinimumKeyRefreshInterval must not be negative.")
            .Validate(o => o.KeyCacheLifetime > TimeSpan.Zero,
                "BotAuthentication:KeyCacheLifetime must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyDownloader.HttpClientName, client => client.Timeout = MetadataTimeout);
        services.TryAddSingleton<SigningKeyDownloader>();
        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<IBotRequestAuthenticator, BotRequestAuthenticator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DeveloperModeWarning>());
        return services;
    }
}

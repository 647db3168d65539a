using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// ASP.NET Core's JWT bearer authentication for the Bot Connector's tokens and the
    /// <see cref="BotConnectorAuthentication.Policy"/> authorization policy; the start-up checks of <see cref="BotOptions"/>
    /// (bound by <see cref="ConfigurationServiceCollectionExtensions.AddBotConfiguration"/>); binds
    /// <see cref="BotAuthenticationOptions"/> from <c>BotAuthentication</c>, validated at start-up.
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
            .Validate(o => o.MinimumKeyRefreshInterval >= BaseConfigurationManager.MinimumRefreshInterval,
                "BotAuthentication:MinimumKeyRefreshInterval must be at least 1 second.")
            .Validate(o => o.KeyCacheLifetime >= BaseConfigurationManager.MinimumAutomaticRefreshInterval,
                "BotAuthentication:KeyCacheLifetime must be at least 5 minutes.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, client => client.Timeout = MetadataTimeout);
        services.TryAddSingleton<BotConnectorMetadata>();
        services.TryAddSingleton<BotJwtBearerEvents>();
        services.AddAuthentication().AddJwtBearer(BotConnectorAuthentication.Scheme, _ => { });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, BotJwtBearerSetup>());

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<BotOptions>>((authorization, bot) =>
            authorization.AddPolicy(BotConnectorAuthentication.Policy, BotConnectorPolicy.Build(bot.Value)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ActivityFromTokenServiceUrlHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, AllowedTenantHandler>());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, BotAuthorizationResultHandler>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DeveloperModeWarning>());
        return services;
    }

    /// <summary>Lets only what the Bot Connector (or, in developer mode, anyone) may send reach the endpoint.</summary>
    public static TBuilder RequireBotConnector<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(BotConnectorAuthentication.Policy);
}

using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Configuration;

public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// Binds the bot's own settings once, validated at start-up: <see cref="BotOptions"/> from the configuration root
    /// (the identity the protocol, the connector and Graph share) and <see cref="VerkostotOptions"/> from section
    /// <c>Verkostot</c> (the tenants served, the public address and the key of every signed link). Features validate
    /// them further with their own <c>IValidateOptions</c>.
    /// </summary>
    public static IServiceCollection AddBotConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<VerkostotOptions>().Bind(configuration.GetSection(VerkostotOptions.Section)).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<VerkostotOptions>, DevelopmentLinkDefaults>();
        services.AddSingleton<IValidateOptions<VerkostotOptions>, VerkostotOptionsValidator>();
        services.AddSingleton<IValidateOptions<VerkostotOptions>>(new RenamedSettings(configuration));
        return services;
    }
}

namespace Verkostot.Bot.Configuration;

public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// Binds the bot's own settings once, validated at start-up: <see cref="BotOptions"/> from the configuration root
    /// (the identity the protocol, the connector and Graph share) and <see cref="VerkostotOptions"/> from section
    /// <c>Verkostot</c>. Features validate them further with their own <c>IValidateOptions</c>.
    /// </summary>
    public static IServiceCollection AddBotConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<VerkostotOptions>().Bind(configuration.GetSection(VerkostotOptions.Section)).ValidateOnStart();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConnectorClient"/> with its pipeline, outermost first: total timeout and retries,
    /// Teams rate limiting (so every retry waits for its own permit) and per-attempt timeout
    /// (<see cref="ConnectorResilienceHandler"/>), bearer token (<see cref="BotTokenHandler"/>). The bot's
    /// identity comes from <see cref="ConfigurationServiceCollectionExtensions.AddBotConfiguration"/>; without it the
    /// connector runs in developer mode (no tokens).
    /// </summary>
    public static IServiceCollection AddConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotCredentialValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TeamsRateLimiter>();
        services.TryAddSingleton(CreateTokenProvider);
        services.TryAddSingleton<ConnectorResilience>();
        services.TryAddTransient<ConnectorResilienceHandler>();
        services.TryAddTransient<BotTokenHandler>();

        var client = services.AddHttpClient<ConnectorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        // The factory's request logging writes only Information lines (start, end, URL), which the bot's settings
        // filter out, yet it opened a log scope per send; failures and retries are logged by ConnectorLog.
        client.RemoveAllLoggers();
        // The connector API is bearer tokens and JSON: no cookie jar to consult on every send, and no redirects to
        // follow (a 3xx from the connector is a failure, and the token is not for another host).
        client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        client.AddHttpMessageHandler<ConnectorResilienceHandler>();
        client.AddHttpMessageHandler<BotTokenHandler>();

        return services;
    }

    // Developer mode must not even build a credential: there may be no secret, and nothing may call Entra.
    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var bot = services.GetRequiredService<IOptions<BotOptions>>().Value;
        return bot.IsDeveloperMode
            ? new DeveloperModeTokenProvider()
            : new CredentialTokenProvider(BotCredentialFactory.Create(bot), services.GetRequiredService<TimeProvider>());
    }
}

namespace Verkostot.Bot.Health;

public static class HealthServiceCollectionExtensions
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RemoteTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The readiness checks of /health/ready: database, migrations, Hangfire's storage, the Bot Connector's token
    /// signing keys, Microsoft Graph's acceptance of the credentials and the link signing keys (beside roster sync's own
    /// check). Each has a timeout, so that a hanging dependency makes the probe answer Unhealthy instead of hanging too.
    /// </summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<GraphCredentialsHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, timeout: StorageTimeout)
            .AddCheck<MigrationsHealthCheck>(MigrationsHealthCheck.Name, timeout: StorageTimeout)
            .AddCheck<HangfireStorageHealthCheck>(HangfireStorageHealthCheck.Name, timeout: StorageTimeout)
            .AddCheck<BotConnectorKeysHealthCheck>(BotConnectorKeysHealthCheck.Name, timeout: RemoteTimeout)
            .AddCheck<GraphCredentialsHealthCheck>(GraphCredentialsHealthCheck.Name, timeout: RemoteTimeout)
            .AddCheck<LinkSigningKeysHealthCheck>(LinkSigningKeysHealthCheck.Name);
        return services;
    }
}

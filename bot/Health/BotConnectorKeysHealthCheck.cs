using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Health;

/// <summary>
/// Unhealthy while the Bot Connector's token signing keys have never been fetched: every activity from Teams would be
/// refused with 401. Keys fetched earlier keep verifying tokens when a renewal fails (the metadata manager keeps them).
/// </summary>
internal sealed class BotConnectorKeysHealthCheck(BotConnectorMetadata metadata, IOptions<BotOptions> bot) : IHealthCheck
{
    public const string Name = "bot-connector-keys";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (bot.Value.IsDeveloperMode)
        {
            return HealthCheckResult.Healthy("Developer mode: activities are not authenticated, no keys are needed.");
        }
        try
        {
            var configuration = await metadata.Manager.GetConfigurationAsync(cancellationToken);
            return configuration.SigningKeys.Count > 0
                ? HealthCheckResult.Healthy($"Token signing keys of the Bot Connector loaded: {configuration.SigningKeys.Count}.")
                : HealthCheckResult.Unhealthy("The Bot Connector's metadata has no signing keys: activities from Teams would be refused.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The token signing keys of the Bot Connector cannot be fetched: activities from Teams would be refused.", e);
        }
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>Says loudly at start-up that inbound authentication is off.</summary>
internal sealed class DeveloperModeWarning(IOptions<BotOptions> options, ILogger<DeveloperModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsDeveloperMode)
        {
            AuthenticationLog.DeveloperMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Health;

/// <summary>
/// Degraded while signed links (.ics, CSV reports and any later ones) run on Development's stand-ins: the built-in
/// key, which anyone can read in the source, or the development address, which nobody else can open. Outside
/// Development the bot does not start without real ones (<see cref="VerkostotOptionsValidator"/>).
/// </summary>
public sealed class LinkSigningKeysHealthCheck(IOptions<VerkostotOptions> options) : IHealthCheck
{
    public const string Name = "link-signing-keys";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (options.Value.LinkSigningKey == VerkostotOptions.DevelopmentLinkSigningKey)
        {
            problems.Add("signed links use the built-in development key (set Verkostot:LinkSigningKey)");
        }
        if (options.Value.PublicBaseUrl == VerkostotOptions.DevelopmentPublicBaseUrl)
        {
            problems.Add("links point at the development address (set Verkostot:PublicBaseUrl)");
        }
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Signed links use the configured address and key.")
            : HealthCheckResult.Degraded(string.Join("; ", problems) + "."));
    }
}

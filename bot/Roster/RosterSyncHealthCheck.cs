using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Roster;

/// <summary>Degraded while Graph or its token endpoint refuses the app's credentials for any network's roster sync.</summary>
public sealed class RosterSyncHealthCheck(IDbContextFactory<VerkostotDbContext> contexts) : IHealthCheck
{
    public const string Name = "roster-sync";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failures = await RosterQueries.CredentialFailuresAsync(contexts, cancellationToken);
        if (failures.Count == 0)
        {
            return HealthCheckResult.Healthy("Roster sync has no credential failures.");
        }
        var networks = string.Join(", ", failures.Select(f => $"{f.NetworkId} ({f.CredentialProblem})"));
        return HealthCheckResult.Degraded($"Microsoft Graph refuses the app's credentials for roster sync: {networks}. {failures[0].LastError}");
    }
}

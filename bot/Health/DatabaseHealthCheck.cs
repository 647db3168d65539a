using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Health;

/// <summary>Unhealthy while the bot's database does not answer a query.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<VerkostotDbContext> contexts) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy($"The database ({db.Database.ProviderName?.Split('.').Last()}) answers.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the log; the answer names no host, user or file.
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Health;

/// <summary>
/// Unhealthy while the database lacks a migration this build needs; Degraded when it has migrations this build does
/// not know (a newer version of the bot ran against it, e.g. before a rollback).
/// </summary>
public sealed class MigrationsHealthCheck(IDbContextFactory<VerkostotDbContext> contexts) : IHealthCheck
{
    public const string Name = "migrations";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyCollection<string> applied;
        IReadOnlyCollection<string> known;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            applied = [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)];
            known = [.. db.GetService<IMigrationsAssembly>().Migrations.Keys];
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The migration history cannot be read.", e);
        }

        var missing = known.Except(applied).Count();
        var unknown = applied.Except(known).Count();
        if (missing > 0)
        {
            return HealthCheckResult.Unhealthy($"{missing} of {known.Count} migrations are not applied to the database.");
        }
        return unknown > 0
            ? HealthCheckResult.Degraded($"All {known.Count} migrations are applied, and {unknown} more that this version of the bot does not know.")
            : HealthCheckResult.Healthy($"All {known.Count} migrations are applied.");
    }
}

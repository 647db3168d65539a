using Verkostot.Bot.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Kiota.Abstractions;
using Verkostot.Bot.Roster;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Health;

/// <summary>
/// Whether Microsoft Graph accepts the bot's credentials now: reads one member of a network's group, with the token
/// and the permission roster sync uses. Degraded, not Unhealthy, when it does not: questions, reminders and
/// announcements work without Graph. The answer is kept for a while so that probes do not become Graph traffic.
/// </summary>
public sealed class GraphCredentialsHealthCheck(
    GraphConnection graph,
    IDbContextFactory<VerkostotDbContext> contexts,
    TimeProvider time) : IHealthCheck
{
    public const string Name = "graph-credentials";

    private static readonly TimeSpan KeepHealthy = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan KeepFailed = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset Until)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last && time.GetUtcNow() < last.Until)
            {
                return last.Result;
            }
            var result = await ProbeAsync(cancellationToken);
            _last = (result, time.GetUtcNow() + (result.Status == HealthStatus.Healthy ? KeepHealthy : KeepFailed));
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        if (graph.Client is not { } client)
        {
            return HealthCheckResult.Degraded("Microsoft Graph is not configured: roster sync is off.");
        }
        string? groupId;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            groupId = await db.Networks.Where(n => n.GroupId != null).OrderBy(n => n.Id).Select(n => n.GroupId).FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("Not checked: the groups of the networks cannot be read from the database.", e);
        }
        if (groupId is null)
        {
            return HealthCheckResult.Healthy("No network is bound to a Microsoft 365 group yet: nothing needs Graph.");
        }

        try
        {
            await client.Groups[groupId].Members.GetAsync(request =>
            {
                request.QueryParameters.Select = ["id"];
                request.QueryParameters.Top = 1;
            }, cancellationToken);
            return HealthCheckResult.Healthy("Microsoft Graph accepts the credentials of the bot.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure(e, cancellationToken);
        }
    }

    // Fixed wording: Graph's own messages can carry tenant and app details that a public probe should not show.
    private static HealthCheckResult Failure(Exception exception, CancellationToken cancellationToken) =>
        GraphErrors.Translate(exception, readingDelta: false, cancellationToken) switch
        {
            DirectoryCredentialsRejectedException { Problem: CredentialProblem.MissingPermission } =>
                HealthCheckResult.Degraded("Microsoft Graph refuses access (403): the app lacks GroupMember.Read.All or User.Read.All, or admin consent.", exception),
            DirectoryCredentialsRejectedException =>
                HealthCheckResult.Degraded("Microsoft Graph or the token endpoint refuses the credentials of the bot (401): the secret or certificate is wrong or expired.", exception),
            _ when exception is ApiException { ResponseStatusCode: 404 } =>
                HealthCheckResult.Degraded("Microsoft Graph does not find the group of a network (404): check the groupId of the networks.", exception),
            _ => HealthCheckResult.Degraded("Microsoft Graph cannot be reached or fails.", exception),
        };
}

using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Verkostot.Bot.Health;

/// <summary>
/// Unhealthy while Hangfire's job storage does not answer; Degraded while no job server has reported in the last
/// minutes (nothing would run the reminder sweep, the roster sync or announcement fan-outs).
/// </summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    public const string Name = "hangfire-storage";

    /// <summary>Hangfire servers report every 30 seconds; one silent this long has stopped.</summary>
    private static readonly TimeSpan ServerSilence = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<DateTime?> heartbeats;
        try
        {
            // Hangfire's storage API is synchronous: run it aside so that the check's timeout can end the wait.
            heartbeats = await Task.Run(() => storage.GetMonitoringApi().Servers().Select(s => s.Heartbeat).ToList(), cancellationToken)
                .WaitAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The Hangfire job storage does not answer.", e);
        }

        var since = time.GetUtcNow().UtcDateTime - ServerSilence;
        var active = heartbeats.Count(h => h >= since);
        return active > 0
            ? HealthCheckResult.Healthy($"The Hangfire job storage answers; job servers running: {active}.")
            : HealthCheckResult.Degraded("The Hangfire job storage answers, but no job server is running: reminders and announcements wait.");
    }
}

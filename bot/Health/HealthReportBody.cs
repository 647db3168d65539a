using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Verkostot.Bot.Health;

/// <summary>The JSON body of /health/live and /health/ready: the overall status and each check's status and description.</summary>
public sealed record HealthReportBody(string Status, double DurationMs, IReadOnlyList<HealthCheckBody> Checks)
{
    public static HealthReportBody From(HealthReport report) => new(
        report.Status.ToString(),
        Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        [.. report.Entries.Select(e => new HealthCheckBody(e.Key, e.Value.Status.ToString(), Describe(e.Value), Math.Round(e.Value.Duration.TotalMilliseconds, 1)))]);

    // A check that throws gets the exception's message as its description, and such messages name hosts, ports or
    // files: the probe says only what failed, the log has the rest.
    private static string? Describe(HealthReportEntry entry) =>
        entry.Exception is { } e && entry.Description == e.Message
            ? $"The check failed ({e.GetType().Name}); the log has the details."
            : entry.Description;

    /// <summary>ResponseWriter for MapHealthChecks. Exceptions and check data stay out: they go to the log only.</summary>
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, From(report), HealthJsonContext.Default.HealthReportBody, http.RequestAborted);
    }
}

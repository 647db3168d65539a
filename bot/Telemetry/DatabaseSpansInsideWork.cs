using System.Diagnostics;
using OpenTelemetry;

namespace Verkostot.Bot.Telemetry;

/// <summary>
/// Database spans are kept when they belong to something (a request, a job run, a delivery), not on their own:
/// Hangfire polls its PostgreSQL storage every few seconds, and those queries would bury everything else (and cost).
/// A span not recorded is passed over by every exporter.
/// </summary>
public sealed class DatabaseSpansInsideWork : BaseProcessor<Activity>
{
    public static readonly string[] DatabaseSources = ["Npgsql", "OpenTelemetry.Instrumentation.EntityFrameworkCore"];

    public override void OnEnd(Activity span)
    {
        if (span.Parent is null && span.ParentSpanId == default && DatabaseSources.Contains(span.Source.Name))
        {
            span.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
